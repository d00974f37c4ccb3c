// Checks links between built pages: every internal link must reach a page or file, every #fragment
// an element with that id, and nothing may point at another origin. Works on already-parsed pages
// so it can run as a build hook and in tests alike.

export interface BuiltPage {
  /** URL path of the page, e.g. /regulations/x/ (with the base path). */
  path: string;
  /** Every id (and a[name]) on the page. */
  ids: ReadonlySet<string>;
  /** Every href/src/action value on the page. */
  refs: string[];
}

export interface LinkProblem {
  page: string;
  ref: string;
  message: string;
}

const OFF_ORIGIN = /^([a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * `pages` are the HTML pages; `fileExists` answers for other files (CSS, JS, search index).
 * Query strings are ignored (/search/?q=… is the search page).
 */
export function checkLinks(pages: BuiltPage[], fileExists: (path: string) => boolean): LinkProblem[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const ref of page.refs) {
      if (/^(mailto|tel):/i.test(ref)) continue;
      if (OFF_ORIGIN.test(ref) || /^(javascript|data|file):/i.test(ref)) {
        problems.push({ page: page.path, ref, message: '指向其他来源（站点必须离线可用）' });
        continue;
      }
      const url = new URL(ref, `http://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      // Pages link relatively (../../x/index.html); messages name the target by its site path.
      const shown = `${path}${url.hash}`;
      const target = byPath.get(path) ?? byPath.get(`${path}/`) ?? byPath.get(path.replace(/index\.html$/, ''));
      if (!target) {
        if (!fileExists(path)) problems.push({ page: page.path, ref: shown, message: '链接的页面或文件不存在' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) {
        problems.push({ page: page.path, ref: shown, message: `${target.path} 上没有锚点 #${fragment}` });
      }
    }
  }
  return problems;
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.ref} — ${p.message}`).join('\n');
}
