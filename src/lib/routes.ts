// URL paths of every kind of page, derived in one place from the page kinds (src/lib/page-kinds.ts).
// `base` is the deployment base path; the build then makes every link relative to its page.
import { articleId, chapterId } from './anchors';
import { PAGE_KINDS, PAGE_KIND_KEYS, type EntryKindKey, type PageKindKey } from './page-kinds';

/** A section of the site: a kind of page, or the search page. */
export type Section = PageKindKey | 'search';

/** Sections as shown in the navigation, in menu order. */
export const SECTIONS: ReadonlyArray<{ key: PageKindKey; label: string }> = PAGE_KIND_KEYS.filter((k) => PAGE_KINDS[k].inNav).map((key) => ({
  key,
  label: PAGE_KINDS[key].label,
}));

/** '/zgzsk' → '/zgzsk/'; '' → '/'. */
export function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export function homePath(base: string): string {
  return normalizeBase(base);
}

export function sectionPath(base: string, section: Section): string {
  return `${normalizeBase(base)}${section}/`;
}

export function entryPath(base: string, kind: EntryKindKey, slug: string): string {
  return `${sectionPath(base, kind)}${slug}/`;
}

/** The page of an article or chapter of a regulation: /regulations/x/#art-26 or #ch-3. */
export function articlePath(base: string, slug: string, anchor: { art: number } | { ch: number }): string {
  return `${entryPath(base, 'regulations', slug)}#${'art' in anchor ? articleId(anchor.art) : chapterId(anchor.ch)}`;
}

/** The article-by-article comparison of an imported text with its previous version. */
export function changesPath(base: string, slug: string): string {
  return `${entryPath(base, 'regulations', slug)}changes/`;
}

/** The results page for a query (relative to the site root, as search links are built). */
export function searchPagePath(query: string): string {
  return `search/index.html?q=${encodeURIComponent(query)}`;
}

/** Glossary terms live on one page, each under its own anchor. */
export function termPath(base: string, slug: string): string {
  return `${sectionPath(base, 'glossary')}#${termId(slug)}`;
}

export function termId(slug: string): string {
  return `term-${slug}`;
}

/**
 * The file of a page within the built site, as search data names it: /regulations/x/ →
 * regulations/x/index.html. Browsers turn it into a link relative to the site root, which works at
 * any base path and from file:// alike.
 */
export function pageFile(sitePathWithoutBase: string): string {
  const path = sitePathWithoutBase.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** A root-relative site path written in content (/guides/x/) with the deployment base in front. */
export function sitePath(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\//, '')}`;
}

/** The Word (.docx) version of a template or 范本, next to its page: /templates/x.docx. */
export function wordPath(base: string, kind: 'regulations' | 'templates', slug: string): string {
  return `${sectionPath(base, kind)}${slug}.docx`;
}
