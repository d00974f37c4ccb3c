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
   *  as 村“两委”) each match is checked against the text itself. */
  exact: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** An article number the query names, with the text naming the regulation (may be empty). */
  citation: { article: number; regulationHint: string } | null;
}

const ARTICLE_LABEL = new RegExp(`第\\s*([${CHINESE_NUMERAL_CHARS}]+|\\d{1,4})\\s*条`);
const TRAILING_NUMBER = /^(.*?\S)\s+(\d{1,4})$/;

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const part of text.split(/[\s\u3000]+/)) {
    // ASCII quotes are search syntax people type out of habit; Chinese quotes are part of the text.
    const normalized = normalizeForSearch(part).replace(/["']/g, '');
    if (!normalized || seen.has(normalized) || !/[\p{L}\p{N}]/u.test(normalized)) continue;
    seen.add(normalized);
    const runs = wordRuns(normalized);
    words.push({ text: part, normalized, phrase: phraseQuery(normalized), exact: runs.length === 1 && runs[0] === normalized });
    if (words.length === MAX_WORDS) break;
  }
  return { words, citation: readCitation(text) };
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
  matches.sort((a, b) => Number(isCurrent(b.status)) - Number(isCurrent(a.status)));
  return matches.slice(0, limit).map((r) => ({
    label: `《${r.title}》${numberedLabel(citation.article, '条')}`,
    url: `${r.url}#${articleId(citation.article)}`,
    status: r.status,
  }));
}
