// 引用体检 in real Chromium: a draft's references listed with their kind, the 定位 button selecting
// the place in the draft, the copy and article links; a hostile 50,000-character draft checked
// without injected nodes or a hung page; axe-core with results shown.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBrowser, type Session } from './browser';

const siteUrl = inject('siteUrl');
const CHECK = `${siteUrl}/check/`;
const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
let session: Session;

beforeAll(async () => {
  session = await startBrowser(siteUrl);
});

afterAll(async () => {
  expect(session.offOrigin).toEqual([]);
  await session.close();
});

const DRAFT = [
  '根据《党政领导干部选拔任用工作条例》第八条，拟提任人选须符合基本资格。',
  '按照干部任用条例第26条开展考察。',
  '任前公示期为7至15天。',
  '参照《某某县干部管理办法》第三条执行。',
].join('\n');

describe('citation checker page', () => {
  it('lists each reference with its kind, selects it in the draft and links the article', async () => {
    const { page, context } = await session.open();
    await page.goto(CHECK);
    await page.locator('[data-draft]').fill(DRAFT);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/找到 \d+ 处/);
    const kinds = await page.locator('.cite-finding-kind').allTextContents();
    expect(kinds).toEqual(expect.arrayContaining(['错误说法', '名称未收录', '已核实']));
    const resolved = page.locator('.cite-finding-resolved').first();
    await expect(resolved.locator('q').textContent()).resolves.toBe('《党政领导干部选拔任用工作条例》第八条');
    await resolved.getByRole('button', { name: '在文稿中定位' }).click();
    const selected = await page.locator('[data-draft]').evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    expect(selected).toBe('《党政领导干部选拔任用工作条例》第八条');
    await resolved.getByRole('link', { name: '查看条文' }).click();
    await page.waitForURL('**/regulations/xuanba-renyong/index.html#art-8');
    await context.close();
  });

  it('checks a hostile 50,000-character draft without injecting anything into the page', async () => {
    const { page, context } = await session.open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(CHECK);
    const unit = '<img src=x onerror=alert(1)>《<script>alert(2)</script>》“干部任用条例”第２６条👩‍👩‍👧\u202e《中国共产党章程》第五条，公示期7～15天。\n';
    const draft = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    await page.locator('[data-draft]').fill(draft);
    const before = await page.evaluate(() => document.querySelectorAll('img, script').length);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/只列出前 400 处/);
    expect(await page.evaluate(() => document.querySelectorAll('img, script').length)).toBe(before);
    await expect(page.locator('.cite-finding').count()).resolves.toBe(400);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe-core violation with results shown', async () => {
    const { page, context } = await session.open({ bypassCSP: true });
    await page.goto(CHECK);
    await page.locator('[data-draft]').fill(DRAFT);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.locator('.cite-finding').first().waitFor();
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id} ×${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
