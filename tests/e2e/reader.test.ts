// The regulation reader in real headless Chromium, on the fixture site (pages the tests write
// themselves, served under /zgzsk/): the newcomer's path from the home page, article and chapter
// links, 复制引用 (with and without the async clipboard API), the date helper, print view, phone
// width, glossary terms, dark mode, and no request to any other origin throughout.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';

const siteUrl = inject('fixtureUrl');
const origin = new URL(siteUrl).origin;
const FULL_TEXT = 'regulations/shili/';
const FULL_TITLE = '某县委常委会议事规则（测试样本）';
const GUIDE_TITLE = '某某工作条例（测试导读）';
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

async function withClipboard() {
  const opened = await session.open();
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return opened;
}

describe('regulation reader', () => {
  it('takes a newcomer from the home page to a regulation and its chapters', async () => {
    const { page, context } = await session.open();
    await page.goto('./');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByRole('link', { name: '测试条例总则' }).click();
    await page.waitForURL('**/zgzsk/regulations/daodu/index.html#ch-1');
    await expect(page.locator('h1').textContent()).resolves.toBe(`《${GUIDE_TITLE}》`);
    await expect(page.locator('.reg-header .badge').textContent()).resolves.toBe('现行有效');
    await expect(page.locator('.toc a[href^="#ch-"]').allTextContents()).resolves.toEqual(['第一章　总　则', '第二章　条　件', '第三章　程　序']);
    await page.locator('.toc a[href="#ch-3"]').click();
    await page.waitForURL('**#ch-3');
    expect(await inViewport(page, '#ch-3')).toBe(true);
    await context.close();
  });

  it('follows a citation link from a guide and lands on the article', async () => {
    const { page, context } = await session.open();
    await page.goto('guides/shili/');
    const cite = page.locator('a.cite[href$="#art-8"]').first();
    await expect(cite.textContent()).resolves.toBe('《测试条例》第八条');
    await cite.click();
    await page.waitForURL('**/regulations/daodu/index.html#art-8');
    expect(await inViewport(page, '#art-8')).toBe(true);
    await expect(page.locator('#art-8 .art-no').textContent()).resolves.toBe('第八条');
    // The regulation lists the guide under 被引用, with the articles it cites.
    await expect(page.locator('#cited-by ~ ul li', { hasText: '测试指南' }).textContent()).resolves.toContain('第八条');
    await context.close();
  });

  it('opens an article anchor of a full text directly', async () => {
    const { page, context } = await session.open({ viewport: { width: 1280, height: 500 } });
    await page.goto(`${FULL_TEXT}#art-3`);
    expect(await inViewport(page, '#art-3')).toBe(true);
    await expect(page.locator('#art-3 .art-no').textContent()).resolves.toBe('第三条');
    await context.close();
  });

  it('copies 《全称》第二条 with 复制引用', async () => {
    const { page, context } = await withClipboard();
    await page.goto(FULL_TEXT);
    await page.locator('#art-2 button.copy-cite').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toContain('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`《${FULL_TITLE}》第二条`);
    await context.close();
  });

  it('copies the formal citation beside every <Cite> in a guide, by click and by keyboard', async () => {
    const { page, context } = await withClipboard();
    await page.goto('guides/shili/');
    const copy = page.locator('a.cite[href$="#art-8"] + button.cite-copy').first();
    await expect(copy.getAttribute('aria-label')).resolves.toBe(`复制引用：《${GUIDE_TITLE}》第八条`);
    await copy.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`《${GUIDE_TITLE}》第八条`);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('a.cite[href$="#ch-3"] + button.cite-copy').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`《${GUIDE_TITLE}》第三章`);
    await context.close();
  });

  it('still copies on a plain-http intranet server without the async clipboard API', async () => {
    const { page, context } = await withClipboard();
    // Simulate a non-secure context: navigator.clipboard is missing there.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto('regulations/daodu/');
    await page.locator('#art-8 button.copy-cite').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toContain('已复制');
    const reader = await context.newPage();
    await reader.goto('./');
    await expect(reader.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`《${GUIDE_TITLE}》第八条`);
    await context.close();
  });

  it('copies a chapter citation from a study guide (where only the chapter is verified)', async () => {
    const { page, context } = await withClipboard();
    await page.goto('regulations/daodu/#ch-3');
    await page.locator('#ch-3 + .chapter-tools button.copy-cite').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`《${GUIDE_TITLE}》第三章`);
    await context.close();
  });

  it('works out 发展党员 dates and explains an impossible date', async () => {
    const { page, context } = await session.open();
    await page.goto('guides/shili/');
    const helper = page.locator('[data-dev-dates]');
    await helper.locator('select[name="step"]').selectOption('activist');
    await helper.locator('input[name="date"]').fill('2024-02-29');
    await helper.locator('button[type="submit"]').click();
    await expect(helper.locator('tbody tr').allTextContents()).resolves.toContain('最早可列为发展对象不早于 2025年3月1日经过1年以上培养教育和考察（2014年版）');
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
    const { page, context } = await withClipboard();
    await page.goto(FULL_TEXT);
    await page.locator('#art-3 a.art-link').click();
    await page.waitForURL(`**/zgzsk/${FULL_TEXT}#art-3`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteUrl}${FULL_TEXT}#art-3`);
    await context.close();
  });

  it('prints clean pages: text only, no navigation or buttons', async () => {
    const { page, context } = await session.open({ viewport: { width: 794, height: 1123 } });
    for (const path of [FULL_TEXT, 'templates/moban/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        ['.site-header', '.toc', '.breadcrumbs', '.site-footer', '.art-tools', '.reg-actions', 'button'].map((s) => {
          const el = document.querySelector(s);
          return [s, el ? getComputedStyle(el).display : 'none'];
        }),
      );
      expect(shown.filter(([, display]) => display !== 'none'), path).toEqual([]);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      // Print keeps the text inside an A4 page's width.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(794);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    }
    await context.close();
  });

  it('fits a 360 px phone: no sideways scrolling, outline folded away', async () => {
    const { page, context } = await session.open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of ['./', 'regulations/daodu/', FULL_TEXT, 'glossary/', 'guides/shili/', 'templates/moban/', 'figures/', 'regulations/teshu-zifu-docx/', 'regulations/changwei-guize/changes/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(FULL_TEXT);
    await expect(page.locator('details[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await context.close();
  });

  it('explains a glossary term on hover, on keyboard focus (Esc closes) and on a first tap; the link opens the entry', async () => {
    const { page, context } = await session.open();
    await page.goto('guides/shili/');
    const term = page.locator('a.term-ref', { hasText: '试用期' }).first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tip.getAttribute('role')).resolves.toBe('tooltip');
    await expect(tip.textContent()).resolves.toBe('试用期：测试用的术语定义，由测试编写。');
    await expect(term.getAttribute('title')).resolves.toBeNull();
    expect(await tip.isVisible()).toBe(false);
    await term.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/glossary/index.html#term-shi-yong-qi');
    expect(await inViewport(page, '#term-shi-yong-qi')).toBe(true);
    await context.close();
  });

  it('sets a linked term in the sentence like plain text: no space opens around it', async () => {
    const { page, context } = await session.open();
    await page.goto('guides/shili/');
    const gaps = await page.locator('span.term', { has: page.locator('a.term-ref') }).first().evaluate((span) => {
      // First and last line boxes: a term can wrap across lines.
      const outer = span.getClientRects();
      const inner = span.querySelector('a.term-ref')!.getClientRects();
      return { before: inner[0]!.left - outer[0]!.left, after: outer[outer.length - 1]!.right - inner[inner.length - 1]!.right };
    });
    expect(gaps.before).toBeLessThan(1);
    expect(gaps.after).toBeLessThan(1);
    // The glossary's own entries keep their padding (the same class name, a different element).
    await page.goto('glossary/');
    await expect(page.locator('.term-list > .term').first().evaluate((el) => getComputedStyle(el).paddingLeft)).resolves.not.toBe('0px');
    await context.close();
  });

  it('on a touch screen, the first tap on a term shows its definition and the second opens the glossary', async () => {
    const { page, context } = await session.open({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await page.goto('guides/shili/');
    const term = page.locator('a.term-ref', { hasText: '试用期' }).first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await term.tap();
    expect(await tip.isVisible()).toBe(true);
    expect(page.url()).toMatch(/guides\/shili\//);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await term.tap();
    await page.waitForURL('**/glossary/index.html#term-shi-yong-qi');
    await context.close();
  });

  it('links glossary terms where a page first uses them, once per page, never in headings or links', async () => {
    const { page, context } = await session.open();
    await page.goto('regulations/daodu/');
    const auto = page.locator('.reg-body a.term-ref', { hasText: '试用期' });
    await expect(auto.count()).resolves.toBe(1);
    await expect(page.locator('.reg-body :is(h1, h2, h3) a.term-ref').count()).resolves.toBe(0);
    await context.close();
  });

  it('follows the system dark mode', async () => {
    const { page, context } = await session.open({ colorScheme: 'dark' });
    await page.goto('./');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await context.close();
  });
});
