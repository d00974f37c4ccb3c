// Checks over the built site in dist/ (the build itself already refuses broken links; these tests
// make sure that check sees the real pages and would catch a break).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check';
import { distFileExists, readBuiltPages } from '../../src/integrations/dist-pages';

const DIST = path.resolve('dist');
const pages = readBuiltPages(DIST);
const exists = distFileExists(DIST);

describe('built site', () => {
  it('has the pages a user expects, and the search index', () => {
    const paths = pages.map((p) => p.path);
    for (const expected of ['/', '/regulations/', '/guides/', '/templates/', '/glossary/', '/study/', '/search/', '/regulations/xuanba-renyong/']) {
      expect(paths).toContain(expected);
    }
    expect(exists('/pagefind/pagefind.js')).toBe(true);
  });

  it('the build\'s link check catches a missing page, a missing anchor and an off-origin reference', () => {
    // A page of the real build, with links written as the build writes them (relative) — broken.
    const broken = { path: '/broken/page/', ids: new Set<string>(), refs: ['../../nope/index.html', '../../regulations/xuanba-renyong/index.html#art-42', 'https://cdn.example.com/a.js', '//fonts.example.com/x.css', '../../regulations/xuanba-renyong/index.html#art-8'] };
    expect(checkLinks([...pages, broken], exists).map((p) => `${p.ref} ${p.message}`)).toEqual([
      '/nope/index.html 链接的页面或文件不存在',
      '/regulations/xuanba-renyong/index.html#art-42 /regulations/xuanba-renyong/ 上没有锚点 #art-42',
      'https://cdn.example.com/a.js 指向其他来源（站点必须离线可用）',
      '//fonts.example.com/x.css 指向其他来源（站点必须离线可用）',
    ]);
  });

  it('has no remote url() or @import in CSS', () => {
    const css = fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    const remote = css.filter((f) => /(url\(|@import)\s*['"]?([a-z]+:)?\/\//i.test(fs.readFileSync(path.join(DIST, f), 'utf8')));
    expect(remote).toEqual([]);
  });

  it('declares Chinese on every page and gives each a title', () => {
    for (const file of fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))) {
      const html = fs.readFileSync(path.join(DIST, file), 'utf8');
      expect(html, file).toMatch(/<html lang="zh-CN"/);
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  it('gives every article of a full text a unique anchor, in order', () => {
    const model = pages.find((p) => p.path === '/regulations/xiangzhen-dangwei-yishi-guize/')!;
    const articles = [...model.ids].filter((id) => /^art-\d+$/.test(id));
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(articles).toEqual(articles.map((_, i) => `art-${i + 1}`));
  });
});
