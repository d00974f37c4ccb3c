// Rewrites the site-absolute URLs of a built page (/zgzsk/regulations/ …) into URLs relative to the
// page (../../regulations/index.html), so one build works at the server root, under any sub-path,
// and opened from a copied folder (file://), where a link must name the file: a directory link gets
// index.html. Only attribute values change; every other byte of the page is kept as it was.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Attributes holding a URL. data-root names the site root for scripts (kept a directory). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'data-root', 'data-src']);

/**
 * The relative form of a site-absolute URL, seen from the page at `pagePath` (a file path within
 * the site, e.g. regulations/x/index.html). `base` is the deployment base ('/' or '/zgzsk/').
 * Returns null for URLs it leaves alone (other origins, other bases, fragments, relative URLs).
 */
export function relativeUrl(url: string, pagePath: string, base: string, keepDirectory = false): string | null {
  if (!url.startsWith(base) || url.startsWith('//')) return null;
  const match = /^([^?#]*)(.*)$/.exec(url.slice(base.length))!;
  let target = match[1]!;
  const suffix = match[2]!;
  if ((target === '' || target.endsWith('/')) && !keepDirectory) target += 'index.html';
  const from = pagePath.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  let relative = `${'../'.repeat(up)}${to.slice(common).join('/')}`;
  if (relative === '') relative = './';
  return `${relative}${suffix}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The page with every site-absolute URL attribute made relative. */
export function relativizeHtml(html: string, pagePath: string, base: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const element = child as Element;
      const locations = element.sourceCodeLocation?.attrs;
      for (const attr of element.attrs) {
        if (!URL_ATTRIBUTES.has(attr.name) || !locations?.[attr.name]) continue;
        const relative = relativeUrl(attr.value, pagePath, base, attr.name === 'data-root');
        if (relative === null) continue;
        const { startOffset, endOffset } = locations[attr.name]!;
        edits.push({ start: startOffset, end: endOffset, text: `${attr.name}="${escapeAttribute(relative)}"` });
      }
      visit(element);
      if (element.tagName === 'template') visit((element as unknown as { content: ParentNode }).content);
    }
  };
  visit(document);
  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
