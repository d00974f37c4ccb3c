// Where the site's root is, seen from the current page, however the site was opened: at a server's
// root, under a sub-path, or from a copied folder (file://). Every page's <html data-root> holds the
// relative path to the root (written by the build), so scripts build links the way pages do.

export function siteRoot(): string {
  return new URL(document.documentElement.getAttribute('data-root') || './', window.location.href).href;
}

/** The full URL of a file of the site, from its path within the site: search/index.html. */
export function siteUrl(path: string): string {
  return new URL(path, siteRoot()).href;
}

/** True when the page was opened from a file: browsers block fetch, modules and workers there. */
export function openedFromFile(): boolean {
  return window.location.protocol === 'file:';
}
