// Works out, for one page Pagefind returned, where each query word occurs: which sections (headings
// with ids, i.e. articles, chapters, guide sections, glossary terms) and the block of text around
// it, split into plain and highlighted parts. Pure: it reads Pagefind's fragment data only.
import { isToken, normalizeForSearch, stripTokens } from '../../lib/search-tokens';
import type { QueryWord } from './query';

/** The parts of Pagefind's fragment data we use. */
export interface FragmentData {
  url: string;
  /** The URL as indexed (the page's path within the site); Pagefind puts a base in front of `url`. */
  raw_url?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  /** Page text with U+200B between words; word i here is location i. */
  raw_content?: string;
  content: string;
  anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

/** Text with the matched parts marked, ready to render with textContent (never innerHTML). */
export type Highlighted = Array<{ text: string; match: boolean }>;

export interface SectionHit {
  /** Heading text, or the page title for text before the first heading. */
  title: string;
  url: string;
  excerpt: Highlighted;
  /** How many query words occur in this section. */
  wordsFound: number;
  /** Whether the section heading itself contains a query word. */
  headingMatch: boolean;
}

export interface DocumentHit {
  url: string;
  title: string;
  type: string;
  status?: string;
  shortTitle?: string;
  sections: SectionHit[];
  /** Every query word occurs somewhere in the page text. */
  containsAll: boolean;
}

const EXCERPT_CHARS = 90;

/** Splits raw content into Pagefind's words and tells which are our tokens. */
function wordsOf(data: FragmentData): string[] {
  return (data.raw_content ?? data.content).split('\u200b');
}

/** Word locations where the token sequence of a phrase starts. */
function phraseLocations(words: string[], phrase: string): number[] {
  const tokens = phrase.replace(/^"|"$/g, '').split(' ');
  const found: number[] = [];
  for (let i = 0; i + tokens.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < tokens.length; j++) {
      if (words[i + j]!.trim() !== tokens[j]) {
        ok = false;
        break;
      }
    }
    if (ok) found.push(i);
  }
  return found;
}

/** The block of text a token run belongs to: the non-token words just before the run. */
function blockBefore(words: string[], location: number, floor: number): string {
  let i = location;
  while (i > floor && isToken(words[i]!.trim())) i--;
  let end = i;
  while (i > floor && !isToken(words[i - 1]!.trim())) i--;
  return words.slice(i, end + 1).join('');
}

/** Marks every occurrence of the words in text (compared normalized, shown as written). */
export function highlight(text: string, words: string[]): Highlighted {
  const chars = [...text];
  const normalizedChars = chars.map((c) => normalizeForSearch(c));
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const word of words) {
    if (!word) continue;
    for (let i = 0; i < chars.length; i++) {
      // Compare on the normalized forms; NFKC may turn one character into several.
      let j = i;
      let buffer = '';
      while (j < chars.length && buffer.length < word.length) buffer += normalizedChars[j++];
      if (buffer === word) for (let k = i; k < j; k++) marked[k] = true;
    }
  }
  const parts: Highlighted = [];
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += c;
    else parts.push({ text: c, match: marked[i]! });
  });
  return parts;
}

/** Cuts a long block to about EXCERPT_CHARS characters around its first highlighted part. */
function trim(parts: Highlighted): Highlighted {
  const text = parts.map((p) => p.text).join('');
  if ([...text].length <= EXCERPT_CHARS) return parts;
  let offset = 0;
  let first = 0;
  for (const p of parts) {
    if (p.match) {
      first = offset;
      break;
    }
    offset += [...p.text].length;
  }
  const start = Math.max(0, first - Math.floor(EXCERPT_CHARS / 3));
  const end = start + EXCERPT_CHARS;
  const out: Highlighted = [];
  let pos = 0;
  for (const p of parts) {
    const chars = [...p.text];
    const from = Math.max(start - pos, 0);
    const to = Math.min(end - pos, chars.length);
    if (to > from) out.push({ text: chars.slice(from, to).join(''), match: p.match });
    pos += chars.length;
  }
  if (start > 0) out.unshift({ text: '…', match: false });
  if (end < pos) out.push({ text: '…', match: false });
  return out;
}

/**
 * Finds the sections of one page that contain the query words. Sections are ordered: heading
 * matches first, then by how many words they contain, then by position.
 */
export function analyseDocument(data: FragmentData, words: QueryWord[]): DocumentHit {
  const all = wordsOf(data);
  const pageUrl = (data.raw_url ?? data.url).replace(/#.*$/, '');
  const anchors = data.anchors.filter((a) => /^h[1-6]$/i.test(a.element) && a.id).sort((a, b) => a.location - b.location);
  const sectionOf = (location: number) => {
    let current: (typeof anchors)[number] | null = null;
    for (const a of anchors) {
      if (a.location <= location) current = a;
      else break;
    }
    return current;
  };
  const title = data.meta.title ?? data.url;
  const normalizedWords = words.map((w) => w.normalized);
  const bySection = new Map<string, { anchor: (typeof anchors)[number] | null; words: Set<string>; block: string; first: number }>();
  const wordsSeen = new Set<string>();

  for (const word of words) {
    if (!word.phrase) continue;
    for (const location of phraseLocations(all, word.phrase)) {
      const anchor = sectionOf(location);
      const block = blockBefore(all, location, anchor?.location ?? 0);
      // The tokens cover only part of such a word: the text itself must contain all of it.
      if (!word.exact && !normalizeForSearch(stripTokens(block)).includes(word.normalized)) continue;
      const key = anchor?.id ?? '';
      const entry = bySection.get(key) ?? { anchor, words: new Set<string>(), block: '', first: location };
      entry.words.add(word.normalized);
      if (!entry.block) entry.block = block;
      bySection.set(key, entry);
      wordsSeen.add(word.normalized);
    }
  }

  // Single characters have no tokens: look for them in the plain text.
  const plain = normalizeForSearch(stripTokens(data.content));
  for (const word of words) if (!word.phrase && plain.includes(word.normalized)) wordsSeen.add(word.normalized);

  const sections: SectionHit[] = [...bySection.values()]
    .map((s) => {
      const heading = s.anchor ? stripTokens(s.anchor.text).trim() : title;
      return {
        title: heading || title,
        url: s.anchor ? `${pageUrl}#${s.anchor.id}` : pageUrl,
        excerpt: trim(highlight(stripTokens(s.block).trim(), normalizedWords)),
        wordsFound: s.words.size,
        headingMatch: normalizedWords.some((w) => normalizeForSearch(heading).includes(w)),
        first: s.first,
      };
    })
    .sort((a, b) => Number(b.headingMatch) - Number(a.headingMatch) || b.wordsFound - a.wordsFound || a.first - b.first)
    .map(({ first: _first, ...rest }) => rest);

  return {
    url: pageUrl,
    title,
    type: data.filters?.['类型']?.[0] ?? '',
    status: data.meta.status,
    shortTitle: data.meta.short,
    sections,
    containsAll: normalizedWords.every((w) => wordsSeen.has(w)),
  };
}
