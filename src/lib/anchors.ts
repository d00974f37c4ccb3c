// Stable ASCII anchor ids for the parts of a regulation (ch-3, ch-3-sec-2, art-26).

/** `art-26` for article 26. */
export function articleId(n: number): string {
  return `art-${n}`;
}

/** `ch-3` for chapter 3. */
export function chapterId(n: number): string {
  return `ch-${n}`;
}

/** `ch-3-sec-2` for section 2 of chapter 3 (section numbers restart in each chapter). */
export function sectionId(chapter: number, n: number): string {
  return `ch-${chapter}-sec-${n}`;
}

/** `part-2` for 第二编 (used by long texts divided into 编). */
export function partId(n: number): string {
  return `part-${n}`;
}

/** Reads `art-26` / `ch-3` back; null for any other id. */
export function parseAnchorId(id: string): { kind: 'art' | 'ch'; n: number } | null {
  const m = /^(art|ch)-([1-9][0-9]*)$/.exec(id);
  return m ? { kind: m[1] as 'art' | 'ch', n: Number(m[2]) } : null;
}
