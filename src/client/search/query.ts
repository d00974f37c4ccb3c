// Reads what a user typed into the search box: the words that must all appear, and any citation it
// names (干部任用条例第26条, 第二十六条, 条例 26) so the UI can offer a jump straight to the article.
import { CHINESE_NUMERAL_CHARS, numberedLabel, parseChineseNumeral } from '../../lib/chinese-numerals';
import { normalizeForSearch, phraseQuery, wordRuns } from '../../lib/search-tokens';
import { isCurrent } from '../../lib/regulation-status';
import { articleId } from '../../lib/anchors';

/** Longest query we act on; anything longer is cut (a pasted paragraph is not a search). */
export const MAX_QUERY_LENGTH = 100;
const MAX_WORDS = 6;

export interface QueryWord {
  /** The word as typed. */
  text: string;
  /** Normalized form used to find the word in text. */
  normalized: string;
  /** Exact-phrase query over pair tokens, or null for a single character. */
  phrase: string | null;
  /** True when the phrase covers the whole word; otherwise (punctuation, one-character pieces such
   *  as 村“两委”) Pagefind's matches are only candidates, and some fail the check on the text. */
  exact: boolean;
  /** Other names for the same thing, searched too (选拔任用条例 → 干部任用条例 …). */
  alternatives?: QueryWord[];
  /** Characters that, next to the word, make it part of a longer known name (党组 + 织). */
  compound?: { before: string; after: string };
}

export interface ParsedQuery {
  words: QueryWord[];
  /** The content words searched for when question words were dropped (任前公示 几天 → 任前公示), else null. */
  searchedAs: string | null;
  /** What kind of answer a question asks for: a figure (几天, 多久, 多少 …) or anything. */
  asks: 'figure' | null;
  /** An article number the query names, with the text naming the regulation (may be empty). */
  citation: { article: number; regulationHint: string } | null;
}

const ARTICLE_LABEL = new RegExp(`第\\s*([${CHINESE_NUMERAL_CHARS}]+|\\d{1,4})\\s*条`);
const TRAILING_NUMBER = /^(.*?\S)\s+(\d{1,4})$/;

// Cadres type questions: 任前公示几天, 什么是一肩挑, 谁决定任免. The question words and particles are
// not in the text that answers them, so they are dropped and the content words are searched for.
// Longest first, so 多长时间 goes before 多长.
const FIGURE_QUESTIONS = ['多长时间', '多少时间', '多少天', '多少年', '多少人', '多少名', '多少个', '多少', '几个月', '几个工作日', '几个', '几天', '几年', '几次', '几名', '几人', '几岁', '多久', '多长', '多大', '多少岁'];
const OTHER_QUESTIONS = ['什么时候', '什么是', '什么', '怎么办', '怎么样', '怎么', '怎样', '如何', '哪些', '哪个', '哪里', '哪一', '谁来', '谁', '是否', '是不是', '能不能', '能否', '可否', '可不可以', '有没有', '要不要'];
const QUESTION_WORDS = [...FIGURE_QUESTIONS, ...OTHER_QUESTIONS].sort((a, b) => b.length - a.length);
const QUESTION = new RegExp(`(?:是|要|需要|为|有|由|的)?(?:${QUESTION_WORDS.join('|')})(?:吗|呢|啊|呀)?`, 'g');
const PARTICLES = /(?:吗|呢)?[？?]+$|(?:吗|呢)$/;

/** The content words of one typed word: 任前公示几天 → [任前公示]; 任职有什么要求 → [任职, 要求]; 几天 → []. */
function withoutQuestionWords(word: string): { parts: string[]; figure: boolean } {
  let figure = false;
  const rest = word.replace(PARTICLES, '').replace(QUESTION, (found) => {
    if (FIGURE_QUESTIONS.some((q) => found.includes(q))) figure = true;
    return ' ';
  });
  const parts = rest.split(' ').filter((p) => /[\p{L}\p{N}]/u.test(p));
  // 怎么搞 leaves 搞: a lone character cut off by a question word says nothing worth requiring.
  const longer = parts.filter((p) => [...p].length >= 2);
  return { parts: longer.length > 0 && longer.length < parts.length ? longer : parts, figure };
}

/** One word to search for, as typed. */
export function queryWord(text: string): QueryWord {
  const normalized = normalizeForSearch(text).replace(/["']/g, '');
  const runs = wordRuns(normalized);
  return { text, normalized, phrase: phraseQuery(normalized), exact: runs.length === 1 && runs[0] === normalized };
}

export interface ParseOptions {
  /** Words that are terms in their own right (谁主管谁负责) and keep their question characters. */
  isTerm?: (word: string) => boolean;
}

export function parseQuery(raw: string, options: ParseOptions = {}): ParsedQuery {
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
  const parts = text.split(/[\s\u3000]+/).filter(Boolean);
  // Question words go only when something else is left to search for.
  const stripped = parts.map((p) => (options.isTerm?.(normalizeForSearch(p)) ? { parts: [p], figure: false } : withoutQuestionWords(p)));
  const kept = stripped.flatMap((s) => s.parts);
  const questionDropped = kept.length > 0 && stripped.some((s, i) => s.parts.length !== 1 || s.parts[0] !== parts[i]);
  const searched = questionDropped ? kept : parts;
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const part of searched) {
    // ASCII quotes are search syntax people type out of habit; Chinese quotes are part of the text.
    const normalized = normalizeForSearch(part).replace(/["']/g, '');
    if (!normalized || seen.has(normalized) || !/[\p{L}\p{N}]/u.test(normalized)) continue;
    seen.add(normalized);
    words.push(queryWord(part));
    if (words.length === MAX_WORDS) break;
  }
  return {
    words,
    searchedAs: questionDropped ? words.map((w) => w.text).join(' ') : null,
    asks: questionDropped && stripped.some((s) => s.figure) ? 'figure' : null,
    citation: readCitation(text),
  };
}

function readCitation(text: string): ParsedQuery['citation'] {
  const label = ARTICLE_LABEL.exec(text);
  if (label) {
    const article = parseChineseNumeral(label[1]!);
    if (article === null) return null;
    const hint = (text.slice(0, label.index) + text.slice(label.index + label[0].length)).replace(/[\s《》“”"]/g, '');
    return { article, regulationHint: hint };
  }
  const trailing = TRAILING_NUMBER.exec(text);
  if (trailing) {
    const article = Number(trailing[2]);
    return article > 0 ? { article, regulationHint: trailing[1]!.replace(/[\s《》“”"]/g, '') } : null;
  }
  return null;
}

/** A regulation as the search catalog describes it (generated at build: /search-catalog.json). */
export interface CatalogRegulation {
  slug: string;
  title: string;
  shortTitle: string;
  aliases: string[];
  status: string;
  /** 类别: 范本 marks the site's own model texts, listed after the regulations they model. */
  category: string;
  url: string;
  /** Article numbers with an anchor on the page (all of a full text; the verified ones of a guide). */
  articles: number[];
}

export interface CitationJump {
  label: string;
  url: string;
  status: string;
}

/**
 * Matches a parsed citation against the catalog. With a regulation hint, regulations whose title,
 * short title or alias contains it (or is contained in it) qualify; without one, every regulation
 * that has the article does. At most `limit` jumps; current texts first.
 */
export function citationJumps(citation: ParsedQuery['citation'], catalog: CatalogRegulation[], limit = 5): CitationJump[] {
  if (!citation) return [];
  const hint = normalizeForSearch(citation.regulationHint);
  const names = (r: CatalogRegulation) => [r.title, r.shortTitle, ...r.aliases].map(normalizeForSearch);
  const matches = catalog.filter(
    (r) => r.articles.includes(citation.article) && (hint === '' || names(r).some((n) => n.includes(hint) || hint.includes(n))),
  );
  matches.sort((a, b) => Number(isCurrent(b.status)) - Number(isCurrent(a.status)) || Number(a.category === '范本') - Number(b.category === '范本'));
  return matches.slice(0, limit).map((r) => ({
    label: `《${r.title}》${numberedLabel(citation.article, '条')}`,
    url: `${r.url}#${articleId(citation.article)}`,
    status: r.status,
  }));
}
