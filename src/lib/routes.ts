// URL paths of every kind of page, derived in one place. `base` is the deployment base path.

export type Section = 'regulations' | 'guides' | 'templates' | 'glossary' | 'study' | 'search';

/** Section names as shown in navigation and breadcrumbs, in menu order. */
export const SECTIONS: ReadonlyArray<{ key: Section; label: string }> = [
  { key: 'regulations', label: '法规' },
  { key: 'guides', label: '实务指南' },
  { key: 'templates', label: '文书范本' },
  { key: 'glossary', label: '术语' },
  { key: 'study', label: '学习' },
];

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

export function entryPath(base: string, section: 'regulations' | 'guides' | 'templates', slug: string): string {
  return `${sectionPath(base, section)}${slug}/`;
}

/** The article-by-article comparison of an imported text with its previous version. */
export function changesPath(base: string, slug: string): string {
  return `${entryPath(base, 'regulations', slug)}changes/`;
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
