// Browser side of search: loads Pagefind and the regulation catalog once (behind one promise),
// runs searches with a stale-result guard, and keeps recent searches in localStorage.
import { searchSite, type PagefindLike, type SearchOptions, type SearchOutcome } from './engine';
import { citationJumps, type CatalogRegulation, type CitationJump } from './query';

export interface ClientResult extends SearchOutcome {
  jumps: CitationJump[];
  /** Regulations whose title, short title or alias is what was typed. */
  named: CatalogRegulation[];
}

let ready: Promise<{ pagefind: PagefindLike; catalog: CatalogRegulation[] }> | undefined;

/** Loads the search bundle (first call only); later calls reuse it. */
export function loadSearch(base: string) {
  ready ??= (async () => {
    const [pagefind, catalog] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf) => {
        await pf.init();
        return pf as PagefindLike;
      }),
      fetch(`${base}search-catalog.json`).then((r) => (r.ok ? r.json() : [])) as Promise<CatalogRegulation[]>,
    ]);
    return { pagefind, catalog };
  })();
  ready.catch(() => (ready = undefined)); // a failed load may be retried
  return ready;
}

let latest = 0;

/**
 * Runs a search; resolves to null when a newer search started meanwhile (so a slow old result never
 * replaces a newer one).
 */
export async function runSearch(base: string, raw: string, options: SearchOptions = {}): Promise<ClientResult | null> {
  const id = ++latest;
  const { pagefind, catalog } = await loadSearch(base);
  if (id !== latest) return null;
  const outcome = await searchSite(pagefind, raw, options);
  if (id !== latest) return null;
  const typed = outcome.query.words.map((w) => w.normalized).join('');
  const named = catalog.filter((r) => [r.title, r.shortTitle, ...r.aliases].some((n) => n === typed));
  return { ...outcome, jumps: citationJumps(outcome.query.citation, catalog), named };
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
