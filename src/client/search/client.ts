// Browser side of search: loads Pagefind (converted at build into a classic script, so it also runs
// from file://) and the regulation catalog once, runs searches with a stale-result guard, tells
// "the index could not be loaded" apart from "nothing found", and keeps recent searches.
import { searchSite, type PagefindLike, type SearchOptions, type SearchOutcome } from './engine';
import { citationJumps, type CatalogRegulation, type CitationJump } from './query';
import { fetchSiteFile, installSiteFileLoaders, LOAD_TIMEOUT_MS, takeFailures, type LoadFailure } from './site-files';
import { loadScript } from '../load-script';
import { siteUrl } from '../site-root';

export interface ClientResult extends SearchOutcome {
  jumps: CitationJump[];
  /** Regulations whose title, short title or alias is what was typed. */
  named: CatalogRegulation[];
  /** The catalog could not be read: the citation jumps above the results are missing. */
  catalogMissing: boolean;
}

/** The search index (or Pagefind itself) could not be loaded; `failures` says which files and why. */
export class SearchUnavailableError extends Error {
  constructor(readonly failures: LoadFailure[]) {
    super('search index unavailable');
  }
}

interface PagefindInstance extends PagefindLike {
  init(): Promise<void>;
  destroy(): Promise<void>;
}

const CATALOG = 'search-catalog.json';
let pagefind: Promise<PagefindInstance> | undefined;
let catalog: Promise<CatalogRegulation[] | null> | undefined;

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

/** Starts loading the search bundle and catalog (e.g. when the search box gets focus). */
export function preloadSearch() {
  loadPagefind().catch(() => undefined);
  void loadCatalog();
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
export async function runSearch(raw: string, options: SearchOptions = {}): Promise<ClientResult | null> {
  const id = ++latest;
  takeFailures((f) => f.file !== CATALOG);
  let outcome: SearchOutcome;
  let list: CatalogRegulation[] | null;
  try {
    [list] = await Promise.all([loadCatalog(), loadPagefind()]);
    outcome = await searchSite(await loadPagefind(), raw, options);
  } catch (error) {
    reset();
    const failed = takeFailures((f) => f.file !== CATALOG);
    if (error instanceof SearchUnavailableError) throw error;
    // Nothing failed to load, yet the index could not be read: a file arrived, but damaged.
    throw new SearchUnavailableError(failed.length > 0 ? failed : [{ file: '', reason: 'broken' }]);
  }
  const failed = takeFailures((f) => f.file !== CATALOG);
  if (failed.length > 0) {
    reset();
    throw new SearchUnavailableError(failed);
  }
  if (id !== latest) return null;
  const typed = outcome.query.words.map((w) => w.normalized).join('');
  // Index and catalog name pages by their path within the site; links need full URLs.
  const regulations = (list ?? []).map((r) => ({ ...r, url: siteUrl(r.url) }));
  const named = regulations.filter((r) => [r.title, r.shortTitle, ...r.aliases].some((n) => n === typed));
  const documents = outcome.documents.map((d) => ({ ...d, url: siteUrl(d.url), sections: d.sections.map((s) => ({ ...s, url: siteUrl(s.url) })) }));
  return { ...outcome, documents, jumps: citationJumps(outcome.query.citation, regulations), named, catalogMissing: list === null };
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
