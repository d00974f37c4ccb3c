// The regulation reader in real headless Chromium: the newcomer's path from the home page, article
// links, 复制引用 (with and without the async clipboard API), print view, phone width, dark mode,
// and no request to any other origin throughout.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';

const siteUrl = inject('siteUrl');
const MODEL = '/regulations/xiangzhen-dangwei-yishi-guize/';
const MODEL_TITLE = '乡镇党委会议事规则（范本）';
let session: Session;

beforeAll(async () => {
  session = await startBrowser(siteUrl);
});

afterAll(async () => {
  // Checked last so it covers every page every test opened.
  expect(session.offOrigin).toEqual([]);
  await session.close();
});

/** True when the element's box is inside the viewport (the page scrolled to it). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight && r.height > 0;
  });
}

describe('regulation reader', () => {
  it('takes a newcomer from the home page to a regulation and its chapters', async () => {
    const { page, context } = await session.open();
    await page.goto('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByRole('link', { name: '总则和选拔任用条件' }).click();
    await page.waitForURL('**/regulations/xuanba-renyong/index.html#ch-1');
    await expect(page.locator('h1').textContent()).resolves.toBe('《党政领导干部选拔任用工作条例》');
    await expect(page.locator('.reg-header .badge').textContent()).resolves.toBe('现行有效');
    // The outline lists all 12 chapters and jumps to one.
    await expect(page.locator('.toc a[href^="#ch-"]').count()).resolves.toBe(12);
    await page.locator('.toc a[href="#ch-7"]').click();
    await page.waitForURL('**#ch-7');
    expect(await inViewport(page, '#ch-7')).toBe(true);
    await context.close();
  });

  it('follows a citation link from a guide and lands on the article', async () => {
    const { page, context } = await session.open();
    await page.goto('/guides/renqian-gongshi/');
    const cite = page.locator('a.cite[href$="#art-31"]').first();
    await expect(cite.textContent()).resolves.toBe('《干部任用条例》第三十一条');
    await cite.click();
    await page.waitForURL('**/regulations/xuanba-renyong/index.html#art-31');
    expect(await inViewport(page, '#art-31')).toBe(true);
    await expect(page.locator('#art-31 .art-no').textContent()).resolves.toBe('第三十一条');
    // The regulation lists the guide under 被引用.
    await expect(page.locator('#cited-by ~ ul a', { hasText: '任前公示' }).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('opens an article anchor of a full text directly', async () => {
    const { page, context } = await session.open({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${MODEL}#art-24`);
    expect(await inViewport(page, '#art-24')).toBe(true);
    await expect(page.locator('#art-24 .art-no').textContent()).resolves.toBe('第二十四条');
    await context.close();
  });

  it('copies 《全称》第二十四条 with 复制引用', async () => {
    const { page, context } = await session.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    await page.goto(MODEL);
    await page.locator('#art-24 button.copy-cite').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toContain('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`《${MODEL_TITLE}》第二十四条`);
    await context.close();
  });

  it('still copies on a plain-http intranet server without the async clipboard API', async () => {
    const { page, context } = await session.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    // Simulate a non-secure context: navigator.clipboard is missing there.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto('/regulations/xuanba-renyong/');
    await page.locator('#art-8 button.copy-cite').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toContain('已复制');
    const reader = await context.newPage();
    await reader.goto('/');
    await expect(reader.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《党政领导干部选拔任用工作条例》第八条');
    await context.close();
  });

  it('copies a chapter citation from a study guide (where only the chapter is verified)', async () => {
    const { page, context } = await session.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    await page.goto('/regulations/xuanba-renyong/#ch-7');
    await page.locator('#ch-7 + .chapter-tools button.copy-cite').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《党政领导干部选拔任用工作条例》第七章');
    await context.close();
  });

  it('works out 发展党员 dates and explains an impossible date', async () => {
    const { page, context } = await session.open();
    await page.goto('/guides/fazhan-dangyuan/');
    const helper = page.locator('[data-dev-dates]');
    await helper.locator('select[name="step"]').selectOption('activist');
    await helper.locator('input[name="date"]').fill('2024-02-29');
    await helper.locator('button[type="submit"]').click();
    await expect(helper.locator('tbody tr').allTextContents()).resolves.toContain('最早可列为发展对象不早于 2025年3月1日经过1年以上培养教育和考察（2014年版，事实 5-11）');
    // A typed impossible date (the date input normally prevents it) gets a sentence, not a crash.
    await helper.locator('input[name="date"]').evaluate((input) => {
      (input as HTMLInputElement).type = 'text';
      (input as HTMLInputElement).value = '2023-02-29';
    });
    await helper.locator('button[type="submit"]').click();
    await expect(helper.locator('.dev-dates-message').textContent()).resolves.toBe('2023年2月没有29日（2023年不是闰年）');
    await context.close();
  });

  it('copies the article URL with the link button', async () => {
    const { page, context } = await session.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    await page.goto(MODEL);
    await page.locator('#art-3 a.art-link').click();
    await page.waitForURL(`**${MODEL}#art-3`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteUrl}${MODEL}#art-3`);
    await context.close();
  });

  it('prints clean pages: text only, no navigation or buttons', async () => {
    const { page, context } = await session.open({ viewport: { width: 794, height: 1123 } });
    await page.goto(MODEL);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.toc', '.breadcrumbs', '.site-footer', '.art-tools', '.reg-actions'].map((s) => {
        const el = document.querySelector(s);
        return [s, el ? getComputedStyle(el).display : 'absent'];
      }),
    );
    for (const [selector, display] of hidden) expect(display, selector).toMatch(/^(none|absent)$/);
    expect(await page.locator('#art-1').isVisible()).toBe(true);
    fs.mkdirSync('tests/.tmp', { recursive: true });
    const shot = await page.screenshot({ path: 'tests/.tmp/print-model-text.png', fullPage: false });
    expect(shot.byteLength).toBeGreaterThan(1000);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });

  it('fits a 360 px phone: no sideways scrolling, outline folded away', async () => {
    const { page, context } = await session.open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of ['/', '/regulations/xuanba-renyong/', MODEL, '/glossary/', '/guides/renqian-gongshi/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(MODEL);
    await expect(page.locator('details[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await context.close();
  });

  it('explains a glossary term on hover and opens it on click', async () => {
    const { page, context } = await session.open();
    await page.goto('/guides/renqian-gongshi/');
    const term = page.locator('a.term-ref', { hasText: '任职试用期' }).first();
    await expect(term.getAttribute('title')).resolves.toMatch(/^任职试用期：.+/);
    await term.click();
    await page.waitForURL('**/glossary/index.html#term-ren-zhi-shi-yong-qi');
    expect(await inViewport(page, '#term-ren-zhi-shi-yong-qi')).toBe(true);
    await context.close();
  });

  it('follows the system dark mode', async () => {
    const { page, context } = await session.open({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await context.close();
  });
});
