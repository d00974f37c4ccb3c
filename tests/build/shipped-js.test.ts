// What the built sites ship to browsers: every script parses at the supported floor (ES2019, the
// JavaScript of Chromium 69 / Firefox 68) and uses no newer browser API unguarded; pages carry no
// inline script, event handler or inline style (a strict CSP allows none); only the Pagefind files
// the site loads are shipped, each data file with the script-wrapped copy file:// needs.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJs } from 'acorn';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ECMASCRIPT_FLOOR } from '../../src/site-config';
import { FIXTURE_DIST } from '../setup/fixture-site';

const SITES = [path.resolve('dist'), FIXTURE_DIST];
const filesOf = (dir: string, ext: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));

/** APIs newer than the floor; a use is allowed only where the file checks for it first (the guard). */
const LATE_APIS: Array<[string, RegExp, RegExp?]> = [
  ['String#matchAll (Chrome 73)', /\.matchAll\(/],
  ['String#replaceAll (Chrome 85)', /\.replaceAll\(/],
  ['Array#at (Chrome 92)', /\.at\(-?\d/],
  ['Element#replaceChildren (Chrome 86)', /\.replaceChildren\(/],
  ['Object.fromEntries (Chrome 73)', /Object\.fromEntries\(/],
  ['Object.hasOwn (Chrome 93)', /Object\.hasOwn\(/],
  ['structuredClone (Chrome 98)', /\bstructuredClone\(/],
  ['Promise.allSettled (Chrome 76)', /Promise\.allSettled\(/],
  ['Promise.any (Chrome 85)', /Promise\.any\(/],
  ['AbortSignal.timeout (Chrome 103)', /AbortSignal\.timeout\(/],
  ['Array#findLast (Chrome 97)', /\.findLast(Index)?\(/],
  ['Array#toSorted (Chrome 110)', /\.to(Sorted|Reversed|Spliced)\(/],
  ['Intl.Segmenter (Chrome 87)', /new Intl\.Segmenter\(/, /typeof Intl\.Segmenter\s*!==?\s*"undefined"/],
  ['queueMicrotask (Chrome 71)', /\bqueueMicrotask\(/],
];

describe('shipped scripts', () => {
  it(`parse at ES${ECMASCRIPT_FLOOR} as classic scripts`, () => {
    const failures: string[] = [];
    let count = 0;
    for (const site of SITES) {
      for (const file of filesOf(site, '.js')) {
        count++;
        try {
          parseJs(fs.readFileSync(file, 'utf8'), { ecmaVersion: ECMASCRIPT_FLOOR, sourceType: 'script' });
        } catch (error) {
          const e = error as SyntaxError & { loc?: { line: number; column: number } };
          failures.push(`${path.relative(process.cwd(), file)}:${e.loc?.line}:${e.loc?.column}: ${e.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(20);
  });

  it('would refuse syntax newer than the floor', () => {
    for (const code of ['a ??= 1;', 'x?.y;', 'class A { #p = 1 }', 'import("x");', 'export const a = 1;']) {
      expect(() => parseJs(code, { ecmaVersion: ECMASCRIPT_FLOOR, sourceType: 'script' }), code).toThrow();
    }
  });

  it('use no browser API newer than the floor unless they check for it first', () => {
    const uses: string[] = [];
    for (const site of SITES) {
      for (const file of [...filesOf(path.join(site, '_zgzsk'), '.js'), path.join(site, 'pagefind', 'pagefind.js')]) {
        const code = fs.readFileSync(file, 'utf8');
        for (const [name, pattern, guard] of LATE_APIS) {
          if (pattern.test(code) && !(guard && guard.test(code))) uses.push(`${path.relative(process.cwd(), file)}: ${name}`);
        }
      }
    }
    expect(uses).toEqual([]);
  });
});

describe('shipped pages', () => {
  it('have no inline script (JSON data blocks aside), event handler, inline style or module script', () => {
    const found: string[] = [];
    for (const site of SITES) {
      for (const file of filesOf(site, '.html')) {
        const doc = parseHtml(fs.readFileSync(file, 'utf8'));
        const where = path.relative(process.cwd(), file);
        for (const script of doc.querySelectorAll('script')) {
          // A JSON data block is never executed (a strict CSP allows it); it must really be JSON.
          if (script.getAttribute('type') === 'application/json') {
            try {
              JSON.parse(script.textContent);
            } catch {
              found.push(`${where}: JSON data block that is not JSON`);
            }
          } else if (!script.getAttribute('src')) found.push(`${where}: inline <script>`);
          if (script.getAttribute('type') === 'module') found.push(`${where}: module script`);
        }
        if (doc.querySelectorAll('style').length > 0) found.push(`${where}: <style>`);
        for (const el of doc.querySelectorAll('*')) {
          for (const name of Object.keys(el.attributes)) {
            if (/^on[a-z]+$/i.test(name)) found.push(`${where}: ${name}= on <${el.rawTagName}>`);
            if (name === 'style') found.push(`${where}: style= on <${el.rawTagName}>`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('ship only the Pagefind files the site loads, each data file with its file:// copy', () => {
    for (const site of SITES) {
      const pagefind = path.join(site, 'pagefind');
      const names = fs.readdirSync(pagefind, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
      expect(names.filter((n) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(n))).toEqual([]);
      const data = names.filter((n) => !n.endsWith('.js') && fs.statSync(path.join(pagefind, n)).isFile());
      expect(data.length).toBeGreaterThan(3);
      for (const n of data) expect(names, n).toContain(`${n}.js`);
      const wrapped = fs.readFileSync(path.join(pagefind, `${data[0]}.js`), 'utf8');
      expect(wrapped).toMatch(new RegExp(`^window\\.zgzskData&&window\\.zgzskData\\("pagefind/${data[0]!.replace(/[.]/g, '\\.')}","[A-Za-z0-9+/=]+"\\);\\n$`));
      expect(Buffer.from(/"([A-Za-z0-9+/=]+)"\);/.exec(wrapped)![1]!, 'base64').equals(fs.readFileSync(path.join(pagefind, data[0]!)))).toBe(true);
      expect(fs.existsSync(path.join(site, 'search-catalog.json.js'))).toBe(true);
    }
  });

  it('link relatively, so one build works at any base path and from file://', () => {
    const page = fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', 'shili', 'index.html'), 'utf8');
    expect(page).toContain('<html lang="zh-CN" data-root="../../">');
    expect(page).toMatch(/<link rel="stylesheet" href="\.\.\/\.\.\/_astro\/[^"]+\.css">/);
    expect(page).not.toMatch(/(href|src|action)="\/zgzsk\//);
    // The 404 page is shown at any address, so it keeps the base path.
    expect(fs.readFileSync(path.join(FIXTURE_DIST, '404.html'), 'utf8')).toMatch(/href="\/zgzsk\/_astro\//);
  });
});
