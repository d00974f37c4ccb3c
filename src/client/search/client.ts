// Browser side of search: loads Pagefind (converted at build into a classic script, so it also runs
// from file://), the names it knows (synonyms) once, the regulation catalog only for a query that
// names an article or a regulation, runs searches with a stale-result guard, tells
// "the index could not be loaded" apart from "nothing found", and keeps recent searches.
import { searchSite, type PagefindLike, type SearchOptions, type SearchOutcome } from './engine';
import { citationJumps, type CatalogRegulation, type CitationJump, type ParsedQuery } from './query';
import { fetchSiteFile, installSiteFileLoaders, LOAD_TIMEOUT_MS, takeFailures, type LoadFailure } from './site-files';
import { loadScript } from '../load-script';
import { siteUrl } from '../site-root';
import { allNames, type SearchWords, type VocabularyEntry } from '../../lib/search-vocabulary';
import { normalizeForSearch } from '../../lib/search-tokens';
import { readingsByChar, suggest, type SuggestData } from '../../lib/suggest';

export interface ClientResult extends SearchOutcome {
  jumps: CitationJump[];
  /** Regulations whose title, short title or alias is what was typed. */
  named: CatalogRegulation[];
  /** The catalog was needed but could not be read: the citation jumps above the results are missing. */
  catalogMissing: boolean;
  /** "您要找的是不是": close names and headings, when the query was not found whole. */
  suggestions: VocabularyEntry[];
}

/** The search index (or Pagefind itself) could not be loaded; `failures` says which files and why. */
export class SearchUnavailableError extends Error {
  constructor(readonly failures: LoadFailure[]) {
    super('search index unavailable');
  }
}

interface PagefindInstance extends PagefindLike {
  init(): Promise<void>;
  /** Loads the filter index; until then Pagefind reports no counts per filter value. */
  filters(): Promise<unknown>;
  destroy(): Promise<void>;
}

const CATALOG = 'search-catalog.json';
const WORDS = 'search-words.json';
const SUGGEST = 'search-suggest.json';
/** Files search can do without: when one is missing, search goes on with less. */
const OPTIONAL_FILES = new Set([CATALOG, WORDS, SUGGEST]);
const isOptional = (f: LoadFailure) => OPTIONAL_FILES.has(f.file);
let pagefind: Promise<PagefindInstance> | undefined;
let catalog: Promise<CatalogRegulation[] | null> | undefined;
let words: Promise<SearchWords | null> | undefined;
let suggestions: Promise<{ data: SuggestData; byChar: ReturnType<typeof readingsByChar> } | null> | undefined;

function loadPagefind(): Promise<PagefindInstance> {
  pagefind ??= (async () => {
    installSiteFileLoaders();
    const w = window as unknown as { zgzskPagefind?: { createInstance(options: object): PagefindInstance } };
    if (!w.zgzskPagefind) {
      await loadScript(siteUrl('pagefind/pagefind.js'), LOAD_TIMEOUT_MS).catch((error: unknown) => {
        throw new SearchUnavailableError([{ file: 'pagefind/pagefind.js', reason: /timeout/.test(String(error)) ? 'timeout' : 'network' }]);
      });
    }
    if (!w.zgzskPagefind) throw new SearchUnavailableError([{ file: 'pagefind/pagefind.js', reason: 'broken' }]);
    const instance = w.zgzskPagefind.createInstance({ basePath: siteUrl('pagefind/'), noWorker: true });
    await instance.init();
    return instance;
  })();
  return pagefind;
}

/** The catalog of regulations (for citation jumps), or null when it cannot be read: search goes on without it. */
function loadCatalog(): Promise<CatalogRegulation[] | null> {
  catalog ??= fetchSiteFile(siteUrl(CATALOG))
    .then((response) => response.json())
    .then((data: unknown) => (Array.isArray(data) ? (data as CatalogRegulation[]) : null))
    .catch(() => null)
    .then((list) => {
      takeFailures((f) => f.file === CATALOG);
      if (list === null) catalog = undefined; // try again with the next search
      return list;
    });
  return catalog;
}

/** A JSON data file of the site, or null when it cannot be read (asked again next time). */
function loadOptional<T>(file: string, valid: (data: unknown) => boolean, forget: () => void): Promise<T | null> {
  return fetchSiteFile(siteUrl(file))
    .then((response) => response.json())
    .then((data: unknown) => (valid(data) ? (data as T) : null))
    .catch(() => null)
    .then((value) => {
      takeFailures((f) => f.file === file);
      if (value === null) forget();
      return value;
    });
}

/** Synonyms and known names: read with the first search. */
function loadWords(): Promise<SearchWords | null> {
  words ??= loadOptional<SearchWords>(WORDS, (d) => typeof d === 'object' && d !== null && Array.isArray((d as SearchWords).synonyms) && Array.isArray((d as SearchWords).names), () => (words = undefined));
  return words;
}

/** The suggestion vocabulary: read only when a search finds nothing or part of the query. */
function loadSuggestions() {
  suggestions ??= loadOptional<SuggestData>(SUGGEST, (d) => typeof d === 'object' && d !== null && Array.isArray((d as SuggestData).entries), () => (suggestions = undefined)).then((data) =>
    data ? { data, byChar: readingsByChar(data.readings ?? {}) } : null,
  );
  return suggestions;
}

/** Starts loading the search bundle and the names it reads first (e.g. when the search box gets focus). */
export function preloadSearch() {
  loadPagefind().catch(() => undefined);
  void loadWords();
}

/**
 * Whether a query needs the regulation catalog: it names an article (直达) or is a regulation's
 * name (打开《…》). Other queries never load it — with thousands of imported articles it is large.
 */
function needsCatalog(query: ParsedQuery, known: SearchWords | null): boolean {
  if (query.citation) return true;
  if (!known) return true; // without the names, the catalog is the only way to tell
  const typed = query.words.map((w) => w.normalized).join('');
  return allNames(known).some((n) => normalizeForSearch(n) === typed);
}

/** After a failure, the next search starts from a fresh Pagefind. */
function reset() {
  const old = pagefind;
  pagefind = undefined;
  old?.then((p) => p.destroy()).catch(() => undefined);
}

let latest = 0;

/**
 * Runs a search; resolves to null when a newer search started meanwhile (so a slow old result never
 * replaces a newer one); rejects with SearchUnavailableError when index files could not be loaded.
 */
export async function runSearch(raw: string, options: SearchOptions & { chips?: boolean } = {}): Promise<ClientResult | null> {
  const id = ++latest;
  takeFailures((f) => !isOptional(f));
  let outcome: SearchOutcome;
  let list: CatalogRegulation[] | null;
  let known: SearchWords | null;
  try {
    [known] = await Promise.all([loadWords(), loadPagefind()]);
    // Filter chips need counts, which Pagefind gives only once its filter index is loaded.
    if (options.chips) await (await loadPagefind()).filters();
    outcome = await searchSite(await loadPagefind(), raw, { ...options, words: known ?? undefined });
    list = needsCatalog(outcome.query, known) ? await loadCatalog() : [];
  } catch (error) {
    reset();
    const failed = takeFailures((f) => !isOptional(f));
    if (error instanceof SearchUnavailableError) throw error;
    // Nothing failed to load, yet the index could not be read: a file arrived, but damaged.
    throw new SearchUnavailableError(failed.length > 0 ? failed : [{ file: '', reason: 'broken' }]);
  }
  const failed = takeFailures((f) => !isOptional(f));
  if (failed.length > 0) {
    reset();
    throw new SearchUnavailableError(failed);
  }
  const close = outcome.mode === 'exact' ? [] : await suggestFor(outcome);
  if (id !== latest) return null;
  const typed = outcome.query.words.map((w) => w.normalized).join('');
  // Index and catalog name pages by their path within the site; links need full URLs.
  const regulations = (list ?? []).map((r) => ({ ...r, url: siteUrl(r.url) }));
  const named = regulations.filter((r) => [r.title, r.shortTitle, ...r.aliases].some((n) => n === typed));
  const documents = outcome.documents.map((d) => ({ ...d, url: siteUrl(d.url), sections: d.sections.map((s) => ({ ...s, url: siteUrl(s.url) })) }));
  return { ...outcome, documents, jumps: citationJumps(outcome.query.citation, regulations), named, catalogMissing: list === null, suggestions: close.map((e) => ({ ...e, url: siteUrl(e.url) })) };
}

/** Names and headings close to each typed word (at most five in all). */
async function suggestFor(outcome: SearchOutcome): Promise<VocabularyEntry[]> {
  const loaded = await loadSuggestions();
  if (!loaded) return [];
  const found = outcome.query.words.slice(0, 3).flatMap((w) => suggest(w.normalized, loaded.data, 5, loaded.byChar));
  const seen = new Set<string>();
  return found.filter((e) => !seen.has(e.text) && seen.add(e.text)).slice(0, 5);
}

const RECENT_KEY = 'zgzsk:recent-searches';

export function recentSearches(): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((q) => typeof q === 'string').slice(0, 8) : [];
  } catch {
    return [];
  }
}

export function rememberSearch(query: string) {
  const q = query.trim().slice(0, 100);
  if (!q) return;
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify([q, ...recentSearches().filter((x) => x !== q)].slice(0, 8)));
  } catch {
    // storage full or disabled: recent searches are a convenience only
  }
}
