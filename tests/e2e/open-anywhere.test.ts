// One build, every way of opening it, in Chromium: a copied folder opened from file:// (a path with
// Chinese characters and spaces, as on a USB stick) with search giving the same results as over
// http; the fixture site under the sub-path /zgzsk/; a strict Content-Security-Policy with zero
// violations while every feature works; JavaScript switched off; and a server whose index files
// fail, hang or come back broken — search must say so, never "nothing found".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';
import { serveStatic, type StaticServer } from '../setup/static-server';
import { FIXTURE_BASE, FIXTURE_DIST } from '../setup/fixture-site';
import { STRICT_CSP } from '../setup/csp';

const siteUrl = `${inject('siteUrl')}/`;
const fixtureUrl = inject('fixtureUrl');
let copyRoot: string;
let fileRoot: string;
let session: Session;

beforeAll(async () => {
  // The site copied as a user would: into a folder whose name has Chinese characters and a space.
  copyRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-u盘-'));
  const folder = path.join(copyRoot, '资料', '组工 知识库');
  fs.cpSync('dist', folder, { recursive: true });
  fileRoot = pathToFileURL(`${folder}/`).href;
  session = await startBrowser(siteUrl);
});

afterAll(async () => {
  expect(session.offOrigin.filter((u) => !u.startsWith('file:') && !u.startsWith('http://127.0.0.1'))).toEqual([]);
  await session.close();
  fs.rmSync(copyRoot, { recursive: true, force: true });
});

/** Waits until the results page has finished (results, nothing found, or a failure message). */
async function searchDone(page: Page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-page .search-status')?.textContent ?? '';
    return s !== '' && !/正在搜索/.test(s);
  }, undefined, { timeout: 20_000 });
}

/** What the results page shows, with every link written relative to the site root. */
async function resultsOf(page: Page, root: string, query: string) {
  await page.goto(`${root}search/index.html?q=${encodeURIComponent(query)}`);
  await searchDone(page);
  return page.evaluate((r) => {
    const rel = (href: string) => (href.startsWith(r) ? href.slice(r.length) : `OUTSIDE ${href}`);
    return {
      status: document.querySelector('.search-page .search-status')!.textContent,
      jumps: Array.from(document.querySelectorAll<HTMLAnchorElement>('.search-jump')).map((a) => [a.textContent, rel(a.href)]),
      docs: Array.from(document.querySelectorAll('.search-doc')).map((d) => Array.from(d.querySelectorAll<HTMLAnchorElement>('a')).map((a) => [a.textContent, rel(a.href)])),
    };
  }, root);
}

/** Queries from the built text itself (2–4 character pieces of every page), plus typical ones. */
function queries(): string[] {
  const picked = new Set(['任前公示', '试用期', '凡提四必', '干部任用条例第8条', '第二十六条', '党组 讨论', '三会一课', '没有这个词语']);
  const pages = fs.readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && !f.startsWith('search')).sort();
  for (const file of pages) {
    const text = parse(fs.readFileSync(path.join('dist', file), 'utf8')).querySelector('[data-pagefind-body]')?.text ?? '';
    const runs = text.match(/\p{Script=Han}{5,}/gu) ?? [];
    const run = runs[Math.floor(runs.length / 2)];
    if (run) picked.add([...run].slice(1, 2 + (picked.size % 3) + 1).join(''));
    if (picked.size >= 36) break;
  }
  return [...picked];
}

describe('opened from a copied folder (file://)', () => {
  it('reads, navigates by links and anchors, with the stylesheet applied', async () => {
    const { page, context } = await session.open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${fileRoot}index.html`);
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).resolves.toBe('solid');
    await page.locator('.site-nav a', { hasText: '法规' }).click();
    await page.waitForURL(/\/regulations\/index\.html$/);
    await page.locator('a.card-title', { hasText: '党政领导干部选拔任用工作条例' }).click();
    await page.waitForURL(/\/regulations\/xuanba-renyong\/index\.html$/);
    await page.locator('.toc a[href="#ch-7"]').click();
    await page.waitForURL(/#ch-7$/);
    await page.locator('.breadcrumbs a', { hasText: '首页' }).click();
    await page.waitForURL(/\/index\.html$/);
    expect(page.url().startsWith(fileRoot)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a citation, and shows the text selected when the browser refuses', async () => {
    const { page, context } = await session.open();
    await page.goto(`${fileRoot}regulations/xiangzhen-dangwei-yishi-guize/index.html#art-3`);
    await page.locator('#art-3 .copy-cite').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toBe('已复制：《乡镇党委会议事规则（范本）》第三条');
    // No clipboard API and execCommand refused: the citation is offered selected, for Ctrl+C.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      document.execCommand = () => false;
    });
    await page.locator('#art-3 .copy-cite').click();
    await expect(page.locator('#copy-status .toast-field').inputValue()).resolves.toBe('《乡镇党委会议事规则（范本）》第三条');
    await expect(page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).value.slice((document.activeElement as HTMLInputElement).selectionStart ?? 0))).resolves.toBe('《乡镇党委会议事规则（范本）》第三条');
    await context.close();
  });

  it('searches with the same results as the same build over http', async () => {
    const server = await serveStatic({ root: path.resolve('dist') });
    const list = queries();
    expect(list.length).toBeGreaterThanOrEqual(30);
    /** Every query run in one page opened at `root`: pages, sections and jumps, relative to the root. */
    const run = async (root: string) => {
      const { page, context } = await session.open();
      await page.goto(`${root}search/index.html`);
      await page.locator('#site-search-q').focus();
      await page.waitForFunction(() => 'zgzskSearchApi' in window);
      const found = await page.evaluate(async ({ r, qs }) => {
        const api = (window as unknown as { zgzskSearchApi: { runSearch(q: string, o: object): Promise<{ mode: string; total: number; documents: Array<{ url: string; title: string; sections: Array<{ url: string; title: string }> }>; jumps: Array<{ url: string }> } | null> } }).zgzskSearchApi;
        const rel = (u: string) => (u.startsWith(r) ? u.slice(r.length) : `OUTSIDE ${u}`);
        const out: unknown[] = [];
        for (const q of qs) {
          const res = await api.runSearch(q, { limit: 10 });
          out.push(res && { mode: res.mode, total: res.total, docs: res.documents.map((d) => [d.title, rel(d.url), d.sections.map((s) => [s.title, rel(s.url)])]), jumps: res.jumps.map((j) => rel(j.url)) });
        }
        return out;
      }, { r: root, qs: list });
      await context.close();
      return found as Array<{ docs: unknown[] } | null>;
    };
    const overHttp = await run(server.url);
    const fromFile = await run(fileRoot);
    const differences = list.filter((_, i) => JSON.stringify(overHttp[i]) !== JSON.stringify(fromFile[i])).map((q) => `${q}: http ${JSON.stringify(overHttp[list.indexOf(q)])} | file ${JSON.stringify(fromFile[list.indexOf(q)])}`);
    expect(differences).toEqual([]);
    expect(overHttp.filter((r) => r && r.docs.length > 0).length).toBeGreaterThanOrEqual(28);
    // The results page shows the same, and a result opens its page at the section, highlighted.
    const { page, context } = await session.open();
    for (const q of ['任前公示', '干部任用条例第8条']) expect(await resultsOf(page, fileRoot, q)).toEqual(await resultsOf(page, server.url, q));
    await page.goto(`${fileRoot}search/index.html?q=${encodeURIComponent('任前公示')}`);
    await searchDone(page);
    await page.locator('.search-section-title').first().click();
    await page.waitForLoadState('load');
    expect(page.url().startsWith(fileRoot)).toBe(true);
    await expect(page.locator('mark.search-hit').count()).resolves.toBeGreaterThan(0);
    await context.close();
    await server.stop();
  });
});

/** Answers whatever question is on screen (questions come in random order). */
async function answerAnything(page: Page) {
  const input = page.locator('[data-choices] input').first();
  if ((await input.getAttribute('type')) === 'text') await input.fill('答');
  else await input.check();
  await page.locator('[data-submit]').click();
}

describe('self-test from a copied folder (file://)', () => {
  it('practises, keeps progress across a reload, and its 依据 link stays inside the folder', async () => {
    const { page, context } = await session.open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${fileRoot}practice/index.html`);
    await page.locator('[data-start="topic"]').first().click();
    await answerAnything(page);
    await expect(page.locator('[data-feedback] a').count()).resolves.toBe(1);
    await page.reload();
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/已做 1 题/);
    await page.locator('[data-start="topic"]').first().click();
    await answerAnything(page);
    await page.locator('[data-feedback] a').click();
    await page.waitForLoadState('load');
    expect(page.url().startsWith(fileRoot)).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.not.toBe('页面不存在');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('citation checker from a copied folder (file://)', () => {
  it('checks a draft and links the article inside the folder', async () => {
    const { page, context } = await session.open();
    await page.goto(`${fileRoot}check/index.html`);
    await page.locator('[data-draft]').fill('依据《党政领导干部选拔任用工作条例》第八条办理。');
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.locator('.cite-finding-resolved').getByRole('link', { name: '查看条文' }).click();
    await page.waitForURL(/regulations\/xuanba-renyong\/index\.html#art-8$/);
    expect(page.url().startsWith(fileRoot)).toBe(true);
    await context.close();
  });
});

describe('served under a sub-path (/zgzsk/)', () => {
  it('opens search results from the header box and the results page', async () => {
    const { page, context } = await session.open();
    await page.goto(`${fixtureUrl}guides/shili/`);
    await page.locator('#site-search-q').fill('议事规则');
    await page.locator('#site-search-list .search-option-doc').first().waitFor();
    const href = await page.locator('#site-search-list .search-option-doc').first().getAttribute('data-href');
    expect(href).toMatch(new RegExp(`^${fixtureUrl.replace(/[.?]/g, '\\$&')}regulations/`));
    await page.locator('#site-search-list .search-option-doc').first().click();
    await page.waitForLoadState('load');
    await expect(page.locator('h1').textContent()).resolves.not.toBe('页面不存在');
    expect(new URL(page.url()).pathname.startsWith(FIXTURE_BASE)).toBe(true);
    await page.goto(`${fixtureUrl}search/?q=${encodeURIComponent('第三条')}`);
    await searchDone(page);
    const links = await page.locator('.search-doc-title, .search-jump').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(new URL(link).pathname.startsWith(FIXTURE_BASE), link).toBe(true);
    await page.locator('.search-jump').first().click();
    await page.waitForURL(/#art-3$/);
    await expect(page.locator('h1').textContent()).resolves.not.toBe('页面不存在');
    await context.close();
  });

  it('works under a sub-path it was not built for, search included', async () => {
    const server = await serveStatic({ root: path.resolve('dist'), prefix: '/any/deeper/path/' });
    const { page, context } = await session.open();
    await page.goto(`${server.url}regulations/`);
    await page.locator('a.card-title').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname.startsWith('/any/deeper/path/regulations/')).toBe(true);
    await page.locator('#site-search-q').fill('任前公示');
    await page.locator('#site-search-list .search-option-doc').first().waitFor();
    await page.locator('#site-search-list .search-option-doc').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname.startsWith('/any/deeper/path/')).toBe(true);
    await expect(page.locator('mark.search-hit').count()).resolves.toBeGreaterThan(0);
    await context.close();
    await server.stop();
  });

  it('shows the 404 page with working links for an unknown address', async () => {
    const { page, context } = await session.open();
    const response = await page.goto(`${fixtureUrl}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).resolves.toBe('solid');
    await page.locator('main a', { hasText: '回到首页' }).click();
    await page.waitForURL(new RegExp(`${FIXTURE_BASE}(index\\.html)?$`));
    await context.close();
  });
});

describe('under a strict Content-Security-Policy', () => {
  let servers: StaticServer[];
  beforeAll(async () => {
    servers = [
      await serveStatic({ root: path.resolve('dist'), headers: { 'Content-Security-Policy': STRICT_CSP } }),
      await serveStatic({ root: FIXTURE_DIST, prefix: FIXTURE_BASE, headers: { 'Content-Security-Policy': STRICT_CSP } }),
    ];
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  async function strictPage(width = 1280) {
    const opened = await session.open({ viewport: { width, height: 900 } });
    await opened.context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const console: string[] = [];
    opened.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) console.push(m.text());
    });
    return { ...opened, console };
  }
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  it('runs every page type without a single violation', async () => {
    const [site, fixture] = servers;
    const pages = [
      `${site!.url}`, `${site!.url}regulations/`, `${site!.url}regulations/xuanba-renyong/?hl=${encodeURIComponent('试用期')}`,
      `${site!.url}regulations/xiangzhen-dangwei-yishi-guize/`, `${site!.url}guides/`, `${site!.url}guides/fazhan-dangyuan/`,
      `${site!.url}templates/`, `${site!.url}templates/renqian-gongshi-gonggao/`, `${site!.url}glossary/`, `${site!.url}figures/`,
      `${site!.url}study/`, `${site!.url}practice/`, `${site!.url}check/`, `${site!.url}search/?q=${encodeURIComponent('任前公示')}`, `${site!.url}no-such-page/`,
      `${fixture!.url}regulations/teshu-zifu/`, `${fixture!.url}regulations/changwei-guize/changes/`,
    ];
    const { page, context, console } = await strictPage();
    const found: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      await page.waitForLoadState('load');
      if (url.includes('search/?q=')) await searchDone(page);
      for (const v of await violations(page)) found.push(`${url}: ${v}`);
    }
    expect(found).toEqual([]);
    expect(console).toEqual([]);
    await context.close();
  });

  it('keeps copy, highlight, search, sorting, the date helper and the phone outline working', async () => {
    const [site] = servers;
    const { page, context } = await strictPage();
    await page.goto(`${site!.url}regulations/xiangzhen-dangwei-yishi-guize/#art-3`);
    await page.locator('#art-3 .copy-cite').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toContain('第三条');
    await page.goto(`${site!.url}regulations/xuanba-renyong/?hl=${encodeURIComponent('试用期')}`);
    await expect(page.locator('mark.search-hit').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${site!.url}search/?q=${encodeURIComponent('任前公示')}`);
    await searchDone(page);
    await expect(page.locator('.search-doc').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${site!.url}figures/`);
    await page.locator('.figures-table .sort-button').nth(1).click();
    await expect(page.locator('.figures-table th[aria-sort]').count()).resolves.toBe(1);
    await page.goto(`${site!.url}guides/fazhan-dangyuan/`);
    await page.locator('.dev-dates input[name="date"]').fill('2024-03-01');
    await page.locator('.dev-dates button[type="submit"]').click();
    await expect(page.locator('.dev-dates-table tbody tr').count()).resolves.toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await context.close();
    const phone = await strictPage(360);
    await phone.page.goto(`${site!.url}regulations/xuanba-renyong/`);
    await expect(phone.page.locator('details[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    expect(await violations(phone.page)).toEqual([]);
    await phone.context.close();
  });
});

describe('with JavaScript switched off', () => {
  it('reads, follows links and anchors, and hides buttons that could not work', async () => {
    const { page, context } = await session.open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}regulations/xuanba-renyong/`);
    await expect(page.locator('.copy-cite').first().isVisible()).resolves.toBe(false);
    await page.locator('.toc a[href="#ch-7"]').click();
    await page.waitForURL(/#ch-7$/);
    await expect(page.locator('#ch-7').isVisible()).resolves.toBe(true);
    await page.locator('.site-nav a', { hasText: '实务指南' }).click();
    await page.waitForURL(/\/guides\/index\.html$/);
    await page.locator('#site-search-q').fill('任前公示');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/search\/index\.html\?q=/);
    await expect(page.locator('noscript').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe('when the server fails the search files', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ root: path.resolve('dist') });
  });
  afterAll(async () => server.stop());

  async function searchWith(fault: Parameters<StaticServer['fault']>, query = '任前公示') {
    server.fault(null);
    server.fault(...fault);
    const { page, context } = await session.open();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    return { page, context, status: (await page.locator('.search-page .search-status').textContent()) ?? '' };
  }

  it('says which file failed and how, never "nothing found"', async () => {
    const cases: Array<[RegExp, 'hang' | '404' | '500' | 'truncate' | 'html', RegExp]> = [
      [/pagefind-entry\.json$/, '404', /搜索暂时不可用.*pagefind\/pagefind-entry\.json，404.*没有这个文件/],
      [/\/pagefind\/index\//, '500', /搜索暂时不可用.*服务器返回错误/],
      [/\/pagefind\/fragment\//, 'truncate', /搜索暂时不可用.*损坏/],
      [/\.pf_meta$/, 'html', /搜索暂时不可用.*(损坏|登录页)/],
      [/\/pagefind\/pagefind\.js$/, '404', /搜索暂时不可用/],
    ];
    for (const [pattern, fault, expected] of cases) {
      const { page, context, status } = await searchWith([pattern, fault]);
      expect(status, `${pattern} ${fault}`).toMatch(expected);
      expect(status).not.toMatch(/没有找到/);
      await expect(page.locator('.search-retry').count()).resolves.toBe(1);
      await context.close();
    }
  });

  it('gives up on a server that never answers, and finds the results on retry', async () => {
    const started = Date.now();
    const { page, context, status } = await searchWith([/\.pf_meta$/, 'hang']);
    expect(status).toMatch(/8 秒内没有响应/);
    expect(Date.now() - started).toBeLessThan(20_000);
    server.fault(null);
    await page.locator('.search-retry').click();
    await searchDone(page);
    await expect(page.locator('.search-page .search-status').textContent()).resolves.toMatch(/“任前公示”：\d+ 个页面/);
    await context.close();
  }, 40_000);

  it('loses only the citation jumps when the catalog is broken', async () => {
    for (const fault of ['html', 'truncate', '404'] as const) {
      const { page, context, status } = await searchWith([/search-catalog\.json$/, fault], '干部任用条例第8条');
      expect(status, fault).toMatch(/个页面.*条文直达暂时不可用/);
      await expect(page.locator('.search-doc').count()).resolves.toBeGreaterThan(0);
      await context.close();
    }
    const { page, context } = await searchWith([/never-matches$/, '404'], '干部任用条例第8条');
    await expect(page.locator('.search-jump').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});
