// Reads the built HTML pages of dist/ into the shape src/lib/link-check.ts works on.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { BuiltPage } from '../lib/link-check';

const REFERENCES: Array<[string, string]> = [
  ['a', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src'], ['source', 'src'], ['iframe', 'src'], ['form', 'action'],
];

/** `base` is the deployment base path ('/' or '/zgzsk/'); page paths include it. */
export function readBuiltPages(distDir: string, base = '/'): BuiltPage[] {
  return fs
    .readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind'))
    .map((f) => {
      const doc = parse(fs.readFileSync(path.join(distDir, f), 'utf8'));
      const rel = f.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');
      return {
        path: `${base}${rel}`,
        ids: new Set(doc.querySelectorAll('[id], a[name]').map((e) => e.id || e.getAttribute('name')!)),
        refs: REFERENCES.flatMap(([tag, attr]) => doc.querySelectorAll(`${tag}[${attr}]`).map((e) => e.getAttribute(attr)!)),
      };
    });
}

/** Whether a URL path (with the base) names a file in dist/. */
export function distFileExists(distDir: string, base = '/'): (urlPath: string) => boolean {
  return (urlPath) => {
    if (!urlPath.startsWith(base)) return false;
    const file = path.join(distDir, urlPath.slice(base.length));
    return fs.existsSync(file) && fs.statSync(file).isFile();
  };
}
