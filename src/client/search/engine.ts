// The search itself: exact phrase searches (one per typed word) decide which pages match, a plain
// search over the same tokens ranks them, fragments of the top pages give sections and excerpts.
// When nothing matches exactly, the longest part of the query that does is searched instead and
// the results are labelled as partial. Talks to Pagefind through a small interface so tests can
// drive it with a fake.
import { analyseDocument, type DocumentHit, type FragmentData } from './document';
import { parseQuery, queryWord, type ParsedQuery, type QueryWord } from './query';
import { allNames, alternativesOf, compoundEdges, termNames, type SearchWords } from '../../lib/search-vocabulary';
import { searchBoost } from '../../lib/page-kinds';
import { isCurrent } from '../../lib/regulation-status';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<FragmentData>;
}

export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** How many pages to return (fragments are fetched only for these). */
  limit?: number;
  /** Names the site knows (/search-words.json): synonyms to search too, whole terms to rank first. */
  words?: SearchWords;
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** exact: every page contains all words; partial: only `partialTerm` matched; none: nothing. */
  mode: 'exact' | 'partial' | 'none';
  partialTerm?: string;
  documents: DocumentHit[];
  /** How many pages match in all (before `limit`). */
  total: number;
  /** Counts per filter value among the matches, for filter chips; a count of -1 means "some" (not counted). */
  filterCounts: Record<string, Record<string, number>>;
}


export async function searchSite(pagefind: PagefindLike, raw: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const known = options.words;
  const names = new Set((known ? allNames(known) : []).map((n) => n.toLowerCase()));
  const query = parseQuery(raw, { isTerm: (w) => names.has(w) });
  if (known) for (const word of query.words) describeWord(word, known);
  const empty: SearchOutcome = { query, mode: 'none', documents: [], total: 0, filterCounts: {} };
  if (query.words.length === 0) return empty;

  const exact = await matchAll(pagefind, query.words, options);
  if (exact && exact.ids.length > 0) {
    const documents = await rankAndLoad(pagefind, exact, query, query.words, options);
    if (documents.length > 0) return { query, mode: 'exact', documents, total: exact.ids.length, filterCounts: chipCounts(exact, documents) };
  }

  // No page contains everything typed: fall back to the longest piece that some page contains.
  for (const piece of fallbackPieces(query.words)) {
    const word = queryWord(piece);
    if (known) describeWord(word, known);
    const partial = await matchAll(pagefind, [word], options);
    if (partial && partial.ids.length > 0) {
      const documents = await rankAndLoad(pagefind, partial, query, [word], options);
      if (documents.length > 0) {
        return { query, mode: 'partial', partialTerm: piece, documents, total: partial.ids.length, filterCounts: chipCounts(partial, documents) };
      }
    }
  }
  return empty;
}

interface Matches {
  ids: string[];
  byId: Map<string, PagefindResult>;
  filterCounts: Record<string, Record<string, number>>;
  /** Whether filterCounts are the matches' own counts (one search) or only an upper bound. */
  countsExact: boolean;
}

/** Adds the word's other names and the characters that make it part of a longer name. */
function describeWord(word: QueryWord, known: SearchWords) {
  word.alternatives = alternativesOf(word.normalized, known.synonyms).map(queryWord).filter((w) => w.phrase);
  word.compound = compoundEdges(word.normalized, termNames(known));
}

/** Pages containing the word or one of its other names: one exact search per form. */
async function matchWord(pagefind: PagefindLike, word: QueryWord, options: SearchOptions) {
  const forms = [word, ...(word.alternatives ?? [])];
  const results: PagefindResult[] = [];
  let filters: Record<string, Record<string, number>> = {};
  for (const form of forms) {
    const found = await pagefind.search(form.phrase!, { filters: options.filters });
    if (!found) return null;
    if (form === word) filters = found.filters ?? {};
    results.push(...found.results);
  }
  return { results, filters };
}

/** Pages containing every word: the intersection of one exact search per word (and its other names). */
async function matchAll(pagefind: PagefindLike, words: QueryWord[], options: SearchOptions): Promise<Matches | null> {
  const phrases = words.filter((w) => w.phrase);
  if (phrases.length === 0) {
    // Only single characters: Pagefind's own search finds candidates; analyseDocument verifies them.
    const plain = await pagefind.search(words.map((w) => w.normalized).join(' '), { filters: options.filters });
    if (!plain) return null;
    return { ids: plain.results.map((r) => r.id), byId: new Map(plain.results.map((r) => [r.id, r])), filterCounts: plain.filters ?? {}, countsExact: false };
  }
  let ids: string[] | null = null;
  const byId = new Map<string, PagefindResult>();
  let filterCounts: Matches['filterCounts'] = {};
  for (const word of phrases) {
    const found = await matchWord(pagefind, word, options);
    if (!found) return null;
    if (ids === null) filterCounts = found.filters;
    const here = new Set(found.results.map((r) => r.id));
    for (const r of found.results) if (!byId.has(r.id)) byId.set(r.id, r);
    ids = ids === null ? [...here] : ids.filter((id) => here.has(id));
    if (ids.length === 0) break;
  }
  // Pagefind counts filter values for one search: right only when one search decided the matches.
  const countsExact = phrases.length === 1 && words.length === 1 && !(phrases[0]!.alternatives ?? []).length;
  return { ids: ids ?? [], byId, filterCounts, countsExact };
}

/**
 * Orders matches by a plain search over the same tokens (Pagefind weighs title and heading tokens
 * higher), fetches fragments for the best `limit`, then re-ranks those: heading matches, the
 * regulation a query names, current texts and content pages before lists.
 */
async function rankAndLoad(pagefind: PagefindLike, matches: Matches, query: ParsedQuery, words: QueryWord[], options: SearchOptions): Promise<DocumentHit[]> {
  const limit = options.limit ?? 10;
  const forms = words.flatMap((w) => [w, ...(w.alternatives ?? [])]);
  const tokens = forms.flatMap((w) => (w.phrase ? w.phrase.replace(/"/g, '').split(' ') : [w.normalized]));
  const plain = await pagefind.search([...new Set(tokens)].join(' '), { filters: options.filters });
  const plainScore = new Map((plain?.results ?? []).map((r) => [r.id, r.score]));
  const ordered = [...matches.ids].sort((a, b) => (plainScore.get(b) ?? 0) - (plainScore.get(a) ?? 0));

  const scored: Array<{ doc: DocumentHit; score: number }> = [];
  // Single-character words have no tokens and are verified here, which may drop pages: fetch a
  // few more then. Otherwise every match is exact and exactly `limit` fragments are fetched.
  const extra = words.some((w) => !w.phrase || !w.exact) ? 5 : 0;
  for (const id of ordered.slice(0, limit + extra)) {
    const doc = analyseDocument(await matches.byId.get(id)!.data(), words, { figure: query.asks === 'figure' });
    if (!doc.containsAll) continue;
    scored.push({ doc, score: relevance(doc, words, plainScore.get(id) ?? 0, query) });
  }
  // Pages using the words themselves come before pages that have them only inside longer names
  // (党组 only in 党组织): those are exact matches too, but rarely what was meant.
  return scored
    .sort((a, b) => Number(b.doc.wholeTerm) - Number(a.doc.wholeTerm) || b.score - a.score)
    .slice(0, limit)
    .map((s) => s.doc);
}

/**
 * Chip counts: Pagefind's own when one search decided the matches; counted from the pages when
 * every match was loaded; otherwise the values Pagefind saw, marked -1 (shown without a number).
 */
function chipCounts(matches: Matches, documents: DocumentHit[]): SearchOutcome['filterCounts'] {
  if (matches.countsExact) return matches.filterCounts;
  if (documents.length >= matches.ids.length) {
    const counts: SearchOutcome['filterCounts'] = {};
    for (const doc of documents) {
      for (const [key, values] of Object.entries(doc.filters)) {
        const row = (counts[key] ??= {});
        for (const v of values) row[v] = (row[v] ?? 0) + 1;
      }
    }
    return counts;
  }
  const upper: SearchOutcome['filterCounts'] = {};
  for (const [key, values] of Object.entries(matches.filterCounts)) {
    upper[key] = {};
    for (const [v, n] of Object.entries(values)) if (n > 0) upper[key]![v] = -1;
  }
  return upper;
}

function relevance(doc: DocumentHit, words: QueryWord[], base: number, query: ParsedQuery): number {
  const title = doc.title.replace(/[《》]/g, '');
  const inTitle = words.filter((w) => title.includes(w.normalized)).length / words.length;
  const names = [title, doc.shortTitle ?? ''];
  const namesIt = words.some((w) => names.some((n) => n === w.normalized));
  const heading = doc.sections.some((s) => s.headingMatch) ? 0.5 : 0;
  const current = doc.status && !isCurrent(doc.status) ? -0.5 : 0;
  // A 范本 the site wrote ranks after the regulations it models.
  const model = doc.category === '范本' ? -0.6 : 0;
  // 几天 / 多久: the page whose best section states a figure answers the question.
  // A template (样式) shows where a figure goes, not the rule that sets it.
  const figure = query.asks === 'figure' ? (doc.sections[0]?.statesFigure ? 1.5 : -0.5) + (doc.type === '数字' ? 0.5 : 0) + (doc.type === '范本' ? -2.5 : 0) : 0;
  return Math.log1p(base) + 2 * inTitle + (namesIt ? 3 : 0) + heading + searchBoost(doc.type) + current + model + figure;
}

/** Pieces of the query to try when nothing matches it whole: longest first, left to right. */
export function fallbackPieces(words: QueryWord[], maxTries = 24): string[] {
  const pieces: string[] = [];
  const sources = [...words].sort((a, b) => [...b.normalized].length - [...a.normalized].length);
  for (const word of sources) {
    const chars = [...word.normalized.replace(/[^\p{Script=Han}0-9a-z]/gu, '')];
    for (let length = chars.length - (words.length === 1 ? 1 : 0); length >= 2; length--) {
      for (let start = 0; start + length <= chars.length; start++) {
        const piece = chars.slice(start, start + length).join('');
        if (!pieces.includes(piece)) pieces.push(piece);
        if (pieces.length >= maxTries) return pieces;
      }
    }
  }
  return pieces;
}
