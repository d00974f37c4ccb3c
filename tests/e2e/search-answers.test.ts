// Search on the real site, tried the way a drafter uses it, in headless Chromium: excerpts that show
// the answer, questions typed as questions, "您要找的是不是" for slips, other names of a regulation,
// whole terms before parts of longer names, filter chips, 直达 order, and landing with the match on
// screen for every kind of result (article, section, table row, glossary term).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';
import { NOT_INDEXED_SELECTOR } from '../../src/lib/indexed-region';
import { compoundEdges, termNames, type SearchWords } from '../../src/lib/search-vocabulary';

const siteUrl = inject('siteUrl');
const DIST = path.resolve('dist');
let session: Session;

beforeAll(async () => {
  session = await startBrowser(siteUrl);
});
afterAll(async () => {
  expect(session?.offOrigin ?? []).toEqual([]);
  await session?.close();
});

interface Shown {
  status: string;
  suggestions: string[];
  jumps: string[];
  chips: string[];
  docs: Array<{ title: string; href: string; tags: string[]; sections: Array<{ title: string; href: string; excerpt: string }> }>;
}

async function searchPage(page: Page, q: string): Promise<Shown> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /页面|没有找到|不可用/.test(document.querySelector('main .search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.evaluate(() => {
    const texts = (sel: string, root: ParentNode = document) => [...root.querySelectorAll(sel)].map((e) => e.textContent ?? '');
    return {
      status: document.querySelector('main .search-status')?.textContent ?? '',
      suggestions: texts('main .search-suggestion'),
      jumps: texts('main .search-jump'),
      chips: texts('main .search-chip'),
      docs: [...document.querySelectorAll('main .search-doc')].map((d) => ({
        title: d.querySelector('.search-doc-title')?.textContent ?? '',
        href: (d.querySelector('.search-doc-title') as HTMLAnchorElement).href,
        tags: texts('.search-tag', d),
        sections: [...d.querySelectorAll('.search-sections > li')]
          .filter((li) => li.querySelector('a'))
          .map((li) => ({ title: li.querySelector('a')!.textContent ?? '', href: li.querySelector('a')!.href, excerpt: li.querySelector('.search-excerpt')?.textContent ?? '' })),
      })),
    };
  });
}

/** The indexed text of a built page, by its URL on the test server. */
function pageText(url: string): string {
  const file = path.join(DIST, decodeURIComponent(new URL(url).pathname).replace(/\/$/, '/index.html'));
  const body = parse(fs.readFileSync(file, 'utf8')).querySelector('[data-pagefind-body]')!;
  body.querySelectorAll(`${NOT_INDEXED_SELECTOR}, script, style, button`).forEach((e) => e.remove());
  return body.textContent.normalize('NFKC').toLowerCase();
}

/** Opens a result link and tells whether the first highlighted match is on screen. */
async function landsOnScreen(page: Page, href: string): Promise<{ marks: number; onScreen: boolean; text: string }> {
  await page.goto(href);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const marks = document.querySelectorAll('mark.search-hit');
    const first = marks[0] as HTMLElement | undefined;
    if (!first) return { marks: 0, onScreen: false, text: '' };
    const box = first.getBoundingClientRect();
    return { marks: marks.length, onScreen: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0, text: first.textContent ?? '' };
  });
}

describe('search that shows the answer', () => {
  it('shows the sentence holding the query, never a bare heading or a stray ASCII full stop', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '公示');
    expect(shown.docs.length).toBeGreaterThan(5);
    for (const doc of shown.docs) {
      for (const s of doc.sections) {
        expect(s.excerpt, `${doc.title} › ${s.title}`).not.toMatch(/[\p{Script=Han}]\.(\s|$)/u);
        expect(s.excerpt.trim(), `${doc.title} › ${s.title}`).not.toBe(s.title.trim());
        // The query is in the excerpt, or in the heading the excerpt is the text of.
        expect(`${s.title}${s.excerpt}`).toContain('公示');
      }
    }
    const guide = shown.docs.find((d) => d.title === '任前公示')!;
    expect(guide.sections[0]!.excerpt).toContain('不少于5个工作日');
    await context.close();
  });

  it('searches a question for its content words, says so, and answers with the figure first', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '任前公示 几天');
    expect(shown.status).toContain('按“任前公示”查找');
    expect(shown.docs.length).toBeGreaterThan(3);
    const top = shown.docs[0]!;
    expect(top.sections[0]!.excerpt).toMatch(/不少于5个工作日/);
    // Every result contains what was searched for.
    for (const doc of shown.docs) expect(pageText(doc.href), doc.title).toContain('任前公示');
    const landing = await landsOnScreen(page, top.href);
    expect(landing).toMatchObject({ onScreen: true });
    await context.close();
  });

  it('lands on the 数字速查 row that answers a figure question, highlighted and on screen', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '任前公示期多长时间');
    const figures = shown.docs.find((d) => d.tags.includes('数字'))!;
    expect(figures.sections[0]!.href).toMatch(/\/figures\/.*#fig-/);
    expect(figures.sections[0]!.excerpt).toContain('不少于5个工作日');
    await page.goto(figures.sections[0]!.href);
    await page.waitForTimeout(200);
    const row = await page.evaluate(() => {
      const mark = document.querySelector('mark.search-hit');
      const tr = mark?.closest('tr');
      const box = mark?.getBoundingClientRect();
      return { rowText: tr?.textContent ?? '', landing: tr?.classList.contains('search-landing') || tr?.matches(':target'), onScreen: !!box && box.top >= 0 && box.bottom <= window.innerHeight };
    });
    expect(row.rowText).toContain('不少于5个工作日');
    expect(row.onScreen).toBe(true);
    expect(row.landing).toBe(true);
    await context.close();
  });

  it('suggests the intended term for a slip, as a link that searches it', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '一间挑');
    expect(shown.suggestions).toContain('一肩挑');
    await page.click('main .search-suggestion >> text=一肩挑');
    await page.waitForFunction(() => /个页面/.test(document.querySelector('main .search-status')?.textContent ?? ''));
    expect(await page.locator('main .search-doc').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('finds a regulation under its other names and says which name matched', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '选拔任用条例');
    expect(shown.status).toContain('同时查找了同义名称');
    expect(shown.docs.some((d) => d.tags.some((t) => t.includes('按“干部任用条例”')))).toBe(true);
    for (const doc of shown.docs) expect(pageText(doc.href), doc.title).toMatch(/选拔任用条例|干部任用条例|党政领导干部选拔任用工作条例/);
    await context.close();
  });

  it('lists pages using 党组 itself before pages that have it only inside longer names such as 党组织', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '党组');
    // Longer names holding 党组 (村党组织, 分党组, 党组工作条例 …), from the names the site ships.
    const edges = compoundEdges('党组', termNames(JSON.parse(fs.readFileSync(path.join(DIST, 'search-words.json'), 'utf8')) as SearchWords));
    expect(edges.after).toContain('织');
    const usesItself = (text: string) => [...text.matchAll(/党组/g)].some((m) => !edges.before.includes(text[m.index - 1] || '∅') && !edges.after.includes(text[m.index + 2] || '∅'));
    const whole = shown.docs.map((d) => usesItself(pageText(d.href)));
    expect(whole.length).toBeGreaterThan(10);
    expect(whole.indexOf(false)).toBeGreaterThan(0);
    // Once the list reaches pages with 党组 only inside longer words, no whole-term page follows.
    expect(whole.slice(whole.indexOf(false))).not.toContain(true);
    await context.close();
  });

  it('offers filter chips with counts when results span several types', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '公示');
    const total = Number(/(\d+) 个页面/.exec(shown.status)![1]);
    const typeChips = shown.chips.filter((c) => /^(法规|指南|范本|术语|数字|学习|栏目|工具|自测)（\d+）$/.test(c));
    expect(typeChips.length).toBeGreaterThanOrEqual(2);
    expect(typeChips.reduce((n, c) => n + Number(/（(\d+)）/.exec(c)![1]), 0)).toBe(total);
    const twoWords = await searchPage(page, '党组 讨论');
    expect(twoWords.chips.length).toBeGreaterThan(2);
    await context.close();
  });

  it('lists national regulations before the site\'s 范本 in 直达', async () => {
    const { page, context } = await session.open();
    const shown = await searchPage(page, '第二十六条');
    const isModel = shown.jumps.map((j) => /范本/.test(j));
    expect(isModel).toContain(true);
    expect(isModel.slice(isModel.indexOf(true))).not.toContain(false);
    await context.close();
  });
});

describe('landing from a result', () => {
  it.each([
    ['an article', '无人事档案党员的党员档案', /regulations\/.*#art-\d+/],
    ['a guide section', '特殊岗位的人选', /guides\/.*#/],
    ['a table row', '讨论决定干部任免的到会人数', /#fig-/],
    ['a glossary term', '三龄两历一身份', /glossary\/.*#term-/],
  ])('puts the first match of %s on screen, highlighted', async (_kind, q, link) => {
    const { page, context } = await session.open({ viewport: { width: 1000, height: 700 } });
    const shown = await searchPage(page, q);
    const hrefs = shown.docs.flatMap((d) => d.sections.map((s) => s.href));
    const href = hrefs.find((h) => link.test(decodeURIComponent(h)));
    expect(href, `a result linking ${link}`).toBeTruthy();
    const landing = await landsOnScreen(page, href!);
    expect(landing.onScreen).toBe(true);
    expect(landing.text.normalize('NFKC')).toBe(q);
    await context.close();
  });

  it('marks a match that runs across elements (a citation and its 单一来源 note) piece by piece', async () => {
    const { page, context } = await session.open({ viewport: { width: 1000, height: 700 } });
    await page.goto(`/regulations/dangzu-tiaoli/?hl=${encodeURIComponent('条单一')}`);
    await page.waitForTimeout(200);
    const first = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('mark.search-hit')];
      const box = marks[0]?.getBoundingClientRect();
      return { text: marks.slice(0, 2).map((m) => m.textContent).join(''), pieces: marks.length, onScreen: !!box && box.top >= 0 && box.bottom <= window.innerHeight };
    });
    expect(first.text).toBe('条单一');
    expect(first.onScreen).toBe(true);
    await context.close();
  });
});
