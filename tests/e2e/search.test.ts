// Search on a fixture site (pages the tests write themselves), queried in real Chromium:
// every page containing a substring is found and nothing else; a section result lands on its
// anchor; filters, citation jumps, ranking of current texts, hostile input, keyboard use, and no
// request to another origin.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';
import { serveStatic } from '../setup/static-server';
import { normalizeForSearch } from '../../src/lib/search-tokens';
import { NOT_INDEXED_SELECTOR } from '../../src/lib/indexed-region';

const ROOT = path.resolve('tests/.tmp/search-site');
const DIST = path.join(ROOT, 'dist');
let session: Session;
let server: { url: string; stop(): Promise<void> };

let siteUrl: string;

beforeAll(async () => {
  fs.rmSync(ROOT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', DIST], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.resolve('tests/fixtures/search-content'), ASTRO_CACHE_DIR: path.join(ROOT, 'cache') },
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic({ root: DIST });
  siteUrl = server.url.replace(/\/$/, '');
  session = await startBrowser(siteUrl);
});

afterAll(async () => {
  expect(session?.offOrigin ?? []).toEqual([]);
  await session?.close();
  await server?.stop();
});

const BLOCK = /^(p|li|h[1-6]|td|th|dt|dd|div|section|article|header|aside|ul|ol|dl|table|tr|tbody|thead|details|summary|blockquote|nav)$/i;

/** Own inline text of an element: text nodes and inline children, not nested blocks. */
function inlineText(el: HTMLElement): string {
  return el.childNodes
    .map((c) => {
      const tag = (c as HTMLElement).rawTagName;
      if (!tag) return c.text;
      return BLOCK.test(tag) ? '' : inlineText(c as HTMLElement);
    })
    .join('');
}

/** Text blocks of a page's indexed region: the truth for "this page contains the query". */
function pageBlocks(file: string): string[] {
  const doc = parse(fs.readFileSync(file, 'utf8'));
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return [];
  body.querySelectorAll(`${NOT_INDEXED_SELECTOR}, [hidden], script, style, button`).forEach((e) => e.remove());
  const blocks = [inlineText(body), ...body.querySelectorAll('*').filter((e) => BLOCK.test(e.rawTagName)).map(inlineText)];
  return blocks.map((b) => normalizeForSearch(b)).filter((b) => b.trim());
}

function indexedPages(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const f of fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.html') || f.startsWith('pagefind')) continue;
    const blocks = pageBlocks(path.join(DIST, f));
    if (blocks.length) pages.set(`/${f.replace(/index\.html$/, '')}`, blocks);
  }
  return pages;
}

async function resultUrls(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => !/正在搜索/.test(document.querySelector('.search-page .search-status')?.textContent ?? '正在搜索'));
  const paths = await page.locator('.search-doc-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return paths.map((p) => p.replace(/index\.html$/, ''));
}

describe('search on a fixture site', () => {
  it('finds exactly the pages that contain a substring', async () => {
    const pages = indexedPages();
    // Queries taken from the built text itself: Han substrings of 2–4 characters, plus mixed ones.
    const queries = new Set<string>(['3个工作日', '会议记录', '逐一表决', '当场整理归档', '会议纪要']);
    for (const blocks of pages.values()) {
      for (const block of blocks) {
        const runs = block.match(/\p{Script=Han}{4,}/gu) ?? [];
        for (const run of runs.slice(0, 2)) queries.add([...run].slice(1, 4).join(''));
      }
      if (queries.size > 40) break;
    }
    const { page, context } = await session.open();
    const mismatches: string[] = [];
    for (const q of queries) {
      const truth = [...pages].filter(([, blocks]) => blocks.some((b) => b.includes(normalizeForSearch(q)))).map(([url]) => url).sort();
      const found = (await resultUrls(page, q)).sort();
      if (JSON.stringify(found) !== JSON.stringify(truth)) mismatches.push(`${q}: found ${found.join(' ')} | truth ${truth.join(' ')}`);
    }
    expect(mismatches).toEqual([]);
    expect(queries.size).toBeGreaterThan(10);
    await context.close();
  });

  it('takes a section result to its anchor and highlights the words there', async () => {
    const { page, context } = await session.open();
    await resultUrls(page, '当场整理归档');
    const first = page.locator('.search-section-title[href*="/regulations/huiyi-guize/"]').first();
    await expect(first.getAttribute('href')).resolves.toMatch(/\/regulations\/huiyi-guize\/index\.html\?hl=.*#art-3$/);
    await first.click();
    await page.waitForURL('**#art-3');
    await expect(page.locator('#art-3 mark.search-hit').first().textContent()).resolves.toBe('当场整理归档');
    await context.close();
  });

  it('filters by type and by regulation', async () => {
    const { page, context } = await session.open();
    const all = await resultUrls(page, '会议记录');
    const guides = await resultUrls(page, '会议记录', '&type=指南');
    expect(all.length).toBeGreaterThan(guides.length);
    expect(guides).toEqual(['/guides/jilu/']);
    await expect(page.locator('.search-chip[aria-current="true"]', { hasText: '指南' }).count()).resolves.toBe(1);
    // By regulation: the regulation itself and the pages that rely on it.
    const byReg = await resultUrls(page, '会议记录', `&reg=${encodeURIComponent('某县委常委会议事规则（测试样本）')}`);
    expect(byReg.sort()).toEqual(['/guides/jilu/', '/regulations/huiyi-guize/']);
    await context.close();
  });

  it('requires every space-separated word', async () => {
    const { page, context } = await session.open();
    const pages = indexedPages();
    for (const q of ['表决 纪要', '公示期 反映']) {
      const words = q.split(' ').map(normalizeForSearch);
      const truth = [...pages].filter(([, blocks]) => words.every((w) => blocks.some((b) => b.includes(w)))).map(([url]) => url).sort();
      expect(truth.length, q).toBeGreaterThan(0);
      expect((await resultUrls(page, q)).sort(), q).toEqual(truth);
    }
    expect(await resultUrls(page, '公示期 反映')).toEqual(['/guides/gongshi/']);
    await context.close();
  });

  it('offers a direct jump for citations', async () => {
    const { page, context } = await session.open();
    await resultUrls(page, '常委会议事规则第3条');
    const jump = page.locator('.search-jump').first();
    await expect(jump.textContent()).resolves.toBe('直达 《某县委常委会议事规则（测试样本）》第三条');
    await jump.click();
    await page.waitForURL('**/regulations/huiyi-guize/index.html#art-3');
    await resultUrls(page, '第四条');
    await expect(page.locator('.search-jump').allTextContents()).resolves.toEqual(['直达 《某县委常委会议事规则（测试样本）》第四条']);
    await context.close();
  });

  it('ranks the current text above a superseded one, and names partial matches as such', async () => {
    const { page, context } = await session.open();
    const urls = await resultUrls(page, '每月召开一次');
    expect(urls.slice(0, 2)).toEqual(['/regulations/huiyi-guize/', '/regulations/huiyi-guize-2019/']);
    await resultUrls(page, '会议记录届满');
    await expect(page.locator('.search-page .search-status').textContent()).resolves.toContain('部分匹配');
    await context.close();
  });

  it('survives hostile input without injected markup', async () => {
    const { page, context } = await session.open();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const hostile = ['<img src=x onerror=alert(1)>', '😀📄 会议', '。，、！？', '"会议记录', '第零条', '\'"><script>alert(1)</script>'];
    for (const q of hostile) {
      await resultUrls(page, q);
      await expect(page.locator('.search-results-slot img, .search-results-slot script').count()).resolves.toBe(0);
      await expect(page.locator('.search-page .search-status').textContent()).resolves.not.toBe('');
    }
    // A 10,000-character query (too long for a URL) typed into the search box.
    await page.locator('#search-page-q').fill('会议'.repeat(5000));
    await page.locator('#search-page-q').press('Enter');
    await page.waitForURL(/q=/);
    await page.waitForFunction(() => !/正在搜索/.test(document.querySelector('.search-page .search-status')?.textContent ?? '正在搜索'));
    await expect(page.locator('.search-page .search-status').textContent()).resolves.toMatch(/会议/);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works from the header: `/` focuses, results as you type, keyboard opens one', async () => {
    const { page, context } = await session.open();
    await page.goto('/guides/gongshi/');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('逐一表决');
    await page.locator('#site-search-list [role="option"]').first().waitFor();
    await expect(page.locator('#site-search-q').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await page.locator('#site-search-q').getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(/hl=/);
    await page.waitForLoadState('load');
    await expect(page.locator('mark.search-hit').first().textContent()).resolves.toBe('逐一表决');
    await context.close();
  });

  it('keeps working when every other origin is unreachable', async () => {
    const { page, context } = await session.open();
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === new URL(siteUrl).origin ? route.continue() : route.abort()));
    expect(await resultUrls(page, '会议纪要')).toContain('/glossary/');
    await context.close();
  });
});
