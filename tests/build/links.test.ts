// Checks over the built site in dist/: every internal link and #fragment resolves, nothing refers
// to another origin, every page declares its language.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve('dist');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

/** dist/regulations/x/index.html → /regulations/x/ */
function pagePath(file: string): string {
  const rel = path.relative(DIST, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** /regulations/x/ → dist/regulations/x/index.html; /pagefind/a.js → dist/pagefind/a.js */
function fileFor(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  for (const c of candidates) {
    const full = path.join(DIST, c);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
  }
  return null;
}

const pages = htmlFiles(DIST).filter((f) => !f.includes(`${path.sep}pagefind${path.sep}`));
const docs = new Map(pages.map((f) => [f, parse(fs.readFileSync(f, 'utf8'))]));
const idsOf = (file: string) => new Set((docs.get(file) ?? parse(fs.readFileSync(file, 'utf8'))).querySelectorAll('[id], a[name]').map((e) => e.id || e.getAttribute('name')!));

const REFERENCES: Array<[string, string]> = [
  ['a', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src'], ['source', 'src'], ['iframe', 'src'], ['form', 'action'],
];

function referencesOf(doc: HTMLElement): string[] {
  return REFERENCES.flatMap(([tag, attr]) => doc.querySelectorAll(`${tag}[${attr}]`).map((e) => e.getAttribute(attr)!));
}

describe('built site', () => {
  it('has the pages a user expects', () => {
    const paths = pages.map(pagePath);
    for (const expected of ['/', '/regulations/', '/guides/', '/templates/', '/glossary/', '/study/', '/search/', '/regulations/xuanba-renyong/']) {
      expect(paths).toContain(expected);
    }
    expect(fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('resolves every internal link and #fragment', () => {
    const broken: string[] = [];
    for (const [file, doc] of docs) {
      const from = pagePath(file);
      for (const ref of referencesOf(doc)) {
        if (/^(mailto|tel):/.test(ref)) continue;
        const url = new URL(ref, `http://site.invalid${from}`);
        if (url.origin !== 'http://site.invalid') continue; // reported by the next test
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${from}: ${ref} → no such page`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
          broken.push(`${from}: ${ref} → ${pagePath(target)} has no #${fragment}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never refers to another origin', () => {
    const external: string[] = [];
    for (const [file, doc] of docs) {
      for (const ref of referencesOf(doc)) {
        if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(ref) || /^javascript:/i.test(ref)) external.push(`${pagePath(file)}: ${ref}`);
      }
      const inline = doc.querySelectorAll('style').map((s) => s.text).join('\n') + (doc.querySelectorAll('[style]').map((e) => e.getAttribute('style')).join('\n'));
      if (/url\(\s*['"]?(https?:)?\/\//i.test(inline)) external.push(`${pagePath(file)}: url() to another origin`);
    }
    const css = fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    for (const f of css) {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8');
      if (/url\(\s*['"]?(https?:)?\/\//i.test(text) || /@import\s+(url\()?['"]?(https?:)?\/\//i.test(text)) external.push(`${f}: remote url() or @import`);
    }
    expect(external).toEqual([]);
  });

  it('declares Chinese on every page and gives each a title', () => {
    for (const [file, doc] of docs) {
      expect(doc.querySelector('html')?.getAttribute('lang'), pagePath(file)).toBe('zh-CN');
      expect(doc.querySelector('title')?.text.trim(), pagePath(file)).toBeTruthy();
    }
  });

  it('gives every article of a full text a unique anchor', () => {
    const doc = docs.get(path.join(DIST, 'regulations', 'xiangzhen-dangwei-yishi-guize', 'index.html'))!;
    const ids = doc.querySelectorAll('section.article').map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(ids.map((_, i) => `art-${i + 1}`));
  });
});
