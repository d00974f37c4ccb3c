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
  /** Whether the matched text states a figure (a number with its unit, a share). */
  statesFigure: boolean;
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
  /** 范本 for the site's model texts (regulation pages only). */
  category?: string;
  /** The page's filter values (类型, 法规). */
  filters: Record<string, string[]>;
  /** The page uses every word on its own, not only inside longer known names. */
  wholeTerm: boolean;
  /** Other names of a query word the page was found by (选拔任用条例 typed, 干部任用条例 found). */
  matchedForms: string[];
}

/** Longest excerpt, in characters: a sentence or two. */
const EXCERPT_CHARS = 120;

/** Splits raw content into Pagefind's words (word i here is location i in Pagefind's terms). */
function wordsOf(data: FragmentData): string[] {
  return (data.raw_content ?? data.content).split('\u200b');
}

/**
 * Where one of our pair tokens stood: the build empties them in the stored fragments (they are
 * needed in the index only), keeping every word's position; a fragment with tokens reads the same.
 */
function isSlot(word: string): boolean {
  return word === '' || isToken(word.trim());
}

interface Block {
  /** Word index where the block's text starts, and where it ends (exclusive). */
  start: number;
  end: number;
  text: string;
}

/**
 * The page's blocks of text: runs of words between token slots (every block element's text is
 * followed by its tokens), never running across the start of a heading.
 */
function blocksOf(words: string[], headingStarts: Set<number>): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    const boundary = i === words.length || isSlot(words[i]!) || headingStarts.has(i);
    if (boundary && start !== -1) {
      blocks.push({ start, end: i, text: words.slice(start, i).join('') });
      start = -1;
    }
    if (i < words.length && start === -1 && !isSlot(words[i]!)) start = i;
  }
  return blocks;
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

/**
 * A block's text as the page shows it: without tokens, without the ASCII full stop Pagefind puts
 * after a heading or cell ("公示什么."), with the < > Pagefind escapes in raw content restored.
 */
export function cleanBlockText(text: string): string {
  return stripTokens(text)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/([^\x00-\x7f])\.(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const SENTENCE_END = /[。！？；!?]/;
const CLAUSE_END = /[，、：,:]/;

/** Splits text after each boundary character: 甲。乙。 → [甲。, 乙。]. */
function splitAfter(chars: string[], boundary: RegExp): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  let from = 0;
  chars.forEach((c, i) => {
    if (boundary.test(c)) {
      spans.push({ from, to: i + 1 });
      from = i + 1;
    }
  });
  if (from < chars.length) spans.push({ from, to: chars.length });
  return spans;
}

/**
 * The excerpt that answers: the sentence holding the first match (with the next one when it is
 * short), cut on clause boundaries when long; a bare character window only for one huge clause.
 */
export function answerExcerpt(text: string, words: string[]): Highlighted {
  const parts = highlight(text, words);
  const chars = [...text];
  if (chars.length <= EXCERPT_CHARS) return parts;
  // Where the first match starts; a block without one (the text under a matching heading) starts at 0.
  let first = 0;
  for (const p of parts) {
    if (p.match) break;
    first += [...p.text].length;
  }
  if (first >= chars.length) first = 0;
  const sentences = splitAfter(chars, SENTENCE_END);
  const at = Math.max(0, sentences.findIndex((s) => first < s.to));
  let { from, to } = sentences[at]!;
  for (let next = at + 1; next < sentences.length && to - from < EXCERPT_CHARS / 3 && sentences[next]!.to - from <= EXCERPT_CHARS; next++) to = sentences[next]!.to;
  if (to - from > EXCERPT_CHARS) {
    // One long sentence: the clause with the match, widened clause by clause while it fits.
    const clauses = splitAfter(chars.slice(from, to), CLAUSE_END).map((c) => ({ from: c.from + from, to: c.to + from }));
    let i = Math.max(0, clauses.findIndex((c) => first < c.to));
    let j = i;
    ({ from, to } = clauses[i]!);
    // Alternate right and left (right first: what follows the match usually answers).
    for (let grew = true; grew; ) {
      grew = false;
      if (j + 1 < clauses.length && clauses[j + 1]!.to - from <= EXCERPT_CHARS) {
        to = clauses[++j]!.to;
        grew = true;
      }
      if (i > 0 && to - clauses[i - 1]!.from <= EXCERPT_CHARS) {
        from = clauses[--i]!.from;
        grew = true;
      }
    }
    if (to - from > EXCERPT_CHARS) {
      from = Math.max(from, first - Math.floor(EXCERPT_CHARS / 3));
      to = from + EXCERPT_CHARS;
    }
  }
  const excerpt = highlight(chars.slice(from, to).join('').trim(), words);
  if (from > 0) excerpt.unshift({ text: '…', match: false });
  if (to < chars.length) excerpt.push({ text: '…', match: false });
  return excerpt;
}

/** A number with its unit, or a fraction or share: what answers 几天 / 多久 / 多少. */
const FIGURE = /\d|[一二三四五六七八九十两半百]\s*(?:个|年|月|日|天|周|名|人|次|岁|分之|成)|过半|半数|三分之|五分之/;

/**
 * Whether the page uses the word on its own somewhere, not only inside a longer known name (党组
 * only in 党组织 is not). Words found through another name, and words with nothing longer known, count as whole.
 */
function usedWhole(plain: string, word: QueryWord): boolean {
  const edges = word.compound;
  if (!edges || (!edges.before && !edges.after)) return true;
  if ((word.alternatives ?? []).some((a) => plain.includes(a.normalized))) return true;
  const chars = [...plain];
  const target = [...word.normalized];
  for (let i = 0; i + target.length <= chars.length; i++) {
    let same = true;
    for (let j = 0; j < target.length && same; j++) same = chars[i + j] === target[j];
    if (!same) continue;
    const before = chars[i - 1] ?? '';
    const after = chars[i + target.length] ?? '';
    if (!(before && edges.before.includes(before)) && !(after && edges.after.includes(after))) return true;
  }
  return false;
}

/** Whether a block is only a heading (or the page title, perhaps after its kicker line). */
function isHeadingBlock(block: string, heading: string): boolean {
  return heading !== '' && block.endsWith(heading) && [...block].length <= [...heading].length + 12;
}

/**
 * Finds the sections of one page that contain the query words. Sections are ordered: heading
 * matches first, then by how many words they contain, then by position.
 */
export function analyseDocument(data: FragmentData, words: QueryWord[], prefer: { figure?: boolean } = {}): DocumentHit {
  const all = wordsOf(data);
  const pageUrl = (data.raw_url ?? data.url).replace(/#.*$/, '');
  // An empty heading resumes the section of an earlier one with the same id (the indexer puts one
  // after a table's last row, so text after the table is not taken for that row's): same title.
  const titled = new Map<string, string>();
  for (const a of data.anchors) if (a.text.trim() && !titled.has(a.id)) titled.set(a.id, a.text);
  const anchors = data.anchors
    .filter((a) => /^h[1-6]$/i.test(a.element) && a.id)
    .map((a) => (a.text.trim() ? a : { ...a, text: titled.get(a.id) ?? '' }))
    .sort((a, b) => a.location - b.location);
  const sectionOf = (location: number) => {
    let current: (typeof anchors)[number] | null = null;
    for (const a of anchors) {
      if (a.location <= location) current = a;
      else break;
    }
    return current;
  };
  const nextAnchorLocation = (anchor: (typeof anchors)[number]) => anchors.find((a) => a.location > anchor.location)?.location ?? all.length;
  const title = data.meta.title ?? data.url;
  const normalizedWords = words.map((w) => w.normalized);
  // What is highlighted: the words and the other names they were also searched by.
  const shownWords = words.flatMap((w) => [w.normalized, ...(w.alternatives ?? []).map((a) => a.normalized)]);
  const matchedForms = new Set<string>();
  const bySection = new Map<string, { anchor: (typeof anchors)[number] | null; words: Set<string>; block: string; fromHeading: boolean; first: number }>();
  const wordsSeen = new Set<string>();

  const forms = words.flatMap((word) => [{ word, form: word }, ...(word.alternatives ?? []).map((form) => ({ word, form }))]);
  const blocks = blocksOf(all, new Set(anchors.map((a) => a.location)));
  blocks.forEach((block, index) => {
    // Matched on the text itself: Pagefind's phrase search over pair tokens chose the page, this
    // finds where in it (and drops a page whose text does not hold what was typed).
    const clean = cleanBlockText(block.text);
    const text = normalizeForSearch(clean);
    const found = forms.filter(({ form }) => text.includes(form.normalized));
    if (found.length === 0) return;
    const anchor = sectionOf(block.start);
    // A match in the heading itself: the excerpt is the section's first text, not the heading again.
    const inHeading = isHeadingBlock(clean, anchor ? cleanBlockText(anchor.text) : title);
    const limit = anchor ? nextAnchorLocation(anchor) : (anchors[0]?.location ?? all.length);
    const next = blocks[index + 1];
    const shown = inHeading && next && next.start < limit ? next : block;
    const key = anchor?.id ?? '';
    const entry = bySection.get(key) ?? { anchor, words: new Set<string>(), block: '', fromHeading: true, first: block.start };
    if (!entry.block || (entry.fromHeading && !inHeading)) {
      entry.block = shown.text;
      entry.fromHeading = inHeading;
    }
    for (const { word, form } of found) {
      if (form !== word) matchedForms.add(form.text);
      entry.words.add(word.normalized);
      wordsSeen.add(word.normalized);
    }
    bySection.set(key, entry);
  });

  // Whole-term use is judged on the page's plain text.
  const plain = normalizeForSearch(cleanBlockText(data.content));

  const sections: SectionHit[] = [...bySection.values()]
    .map((s) => {
      const heading = s.anchor ? cleanBlockText(s.anchor.text) : title;
      return {
        title: heading || title,
        url: s.anchor ? `${pageUrl}#${s.anchor.id}` : pageUrl,
        excerpt: answerExcerpt(cleanBlockText(s.block), shownWords),
        wordsFound: s.words.size,
        headingMatch: shownWords.some((w) => normalizeForSearch(heading).includes(w)),
        statesFigure: FIGURE.test(s.block),
        first: s.first,
      };
    })
    .sort(
      (a, b) =>
        (prefer.figure ? Number(b.statesFigure) - Number(a.statesFigure) : 0) ||
        Number(b.headingMatch) - Number(a.headingMatch) ||
        b.wordsFound - a.wordsFound ||
        a.first - b.first,
    )
    .map(({ first: _first, ...rest }) => rest);

  return {
    url: pageUrl,
    title,
    type: data.filters?.['类型']?.[0] ?? '',
    status: data.meta.status,
    shortTitle: data.meta.short,
    category: data.meta.category,
    filters: data.filters ?? {},
    sections,
    containsAll: normalizedWords.every((w) => wordsSeen.has(w)),
    wholeTerm: words.every((w) => usedWhole(plain, w)),
    matchedForms: [...matchedForms],
  };
}
