// 自测 in real Chromium on the built site: answer a question and land on its article; a wrong
// answer in the 错题本 and, two days later (a fake clock), in today's review after a reload;
// export → clear → import; damaged storage never overwritten; foreign files refused; the paper test;
// axe-core with a question answered.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';
import type { Bank, BankQuestion } from '../../src/lib/practice/bank';

const siteUrl = inject('siteUrl');
const PRACTICE = `${siteUrl}/practice/`;
const KEY = 'zgzsk.practice.v1';
const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
let session: Session;
let bank: Bank;

beforeAll(async () => {
  session = await startBrowser(siteUrl);
  const html = fs.readFileSync(path.resolve('dist/practice/index.html'), 'utf8');
  bank = JSON.parse(/<script[^>]*id="practice-bank"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!);
});

afterAll(async () => {
  expect(session.offOrigin).toEqual([]);
  await session.close();
});

const summary = (page: Page) => page.locator('[data-summary]').textContent();

/** Answers the question on screen, rightly or wrongly, reading the answer from the bank. */
async function answer(page: Page, right: boolean): Promise<BankQuestion> {
  const stem = await page.locator('[data-stem]').textContent();
  const q = bank.questions.find((x) => x.stem === stem)!;
  expect(q, `question “${stem}” in the bank`).toBeTruthy();
  if (q.type === '填空') {
    await page.locator('[data-choices] input').fill(right ? [q.answer].flat()[0] as string : '不知道');
  } else if (q.type === '判断') {
    await page.locator(`[data-choices] input[value="${(q.answer === true) === right ? '对' : '错'}"]`).check();
  } else {
    const correct = [q.answer].flat().map(String);
    const pickTexts = right ? correct : [q.options.find((o) => !correct.includes(o))!];
    for (const t of pickTexts) await page.locator('[data-choices] input').nth(q.options.indexOf(t)).check();
  }
  await page.locator('[data-submit]').click();
  await expect(page.locator('[data-feedback] p').first().textContent()).resolves.toMatch(right ? /^回答正确/ : /^回答错误/);
  return q;
}

async function startTopic(page: Page, nth = 0) {
  await page.locator('[data-start="topic"]').nth(nth).click();
  await page.locator('[data-quiz]').waitFor();
}

describe('self-test', () => {
  it('ships a bank of at least 200 questions across the three pillars', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(200);
    const pillars = new Set(bank.questions.map((q) => q.pillar));
    for (const p of ['干部选拔任用', '议事规则', '乡镇党委']) expect(pillars).toContain(p);
  });

  it('explains each answer and its 依据 link lands on the cited article', async () => {
    const { page, context } = await session.open();
    await page.goto(PRACTICE);
    await startTopic(page);
    const q = await answer(page, true);
    await expect(page.locator('[data-feedback]').textContent()).resolves.toContain(q.explain);
    const link = page.locator('[data-feedback] a');
    await expect(link.textContent()).resolves.toBe(q.cite);
    await link.click();
    await page.waitForLoadState('load');
    const [file, hash] = q.href.split('#');
    expect(decodeURI(page.url())).toContain(file!.replace(/index\.html$/, ''));
    if (hash) expect(await page.locator(`[id="${hash}"]`).count()).toBe(1);
    await context.close();
  });

  it('keeps a wrong answer in the 错题本 and brings it back in a later day’s review, across reloads', async () => {
    const { page, context } = await session.open();
    await page.clock.install({ time: new Date('2026-12-02T09:00:00') });
    await page.goto(PRACTICE);
    await startTopic(page, 1);
    const q = await answer(page, false);
    await expect(summary(page)).resolves.toMatch(/错题本 1 题/);
    await page.reload();
    await expect(summary(page)).resolves.toMatch(/今天要复习 0 题；错题本 1 题；全部 \d+ 题中已做 1 题/);
    await page.clock.setSystemTime(new Date('2026-12-05T09:00:00'));
    await page.reload();
    await expect(summary(page)).resolves.toMatch(/今天要复习 1 题/);
    await page.locator('[data-start="due"]').click();
    await expect(page.locator('[data-stem]').textContent()).resolves.toBe(q.stem);
    await answer(page, true);
    await expect(summary(page)).resolves.toMatch(/今天要复习 0 题；错题本 0 题/);
    await context.close();
  });

  it('moves progress by file: export, clear, import (asking before it replaces progress)', async () => {
    const { page, context } = await session.open();
    await page.goto(PRACTICE);
    await startTopic(page, 2);
    await answer(page, true);
    await page.locator('[data-next]').click();
    await answer(page, false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^组工知识库-学习进度-\d{8}\.json$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-progress-')), download.suggestedFilename());
    await download.saveAs(file);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(summary(page)).resolves.toMatch(/已做 0 题/);
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => summary(page)).toMatch(/错题本 1 题；全部 \d+ 题中已做 2 题/);
    await expect(page.locator('[data-storage]').textContent()).resolves.toMatch(/已导入：2 道题/);
    // Importing over existing progress asks first; declining changes nothing.
    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-storage]').textContent()).toMatch(/已取消导入/);
    expect(dialogs[0]).toMatch(/将替换本机现有进度（2 道题）/);
    await context.close();
  });

  it('refuses a foreign or damaged file and never overwrites unreadable stored progress', async () => {
    const { page, context } = await session.open();
    await page.goto(PRACTICE);
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"zgzsk-practice","version":1,"questions":{"a":'), KEY);
    await page.reload();
    await expect(page.locator('[data-storage]').textContent()).resolves.toMatch(/本机保存的进度无法读取.*不会保存/);
    await startTopic(page);
    await answer(page, true);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"app":"zgzsk-practice","version":1,"questions":{"a":');
    const foreign = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-foreign-')), 'x.json');
    fs.writeFileSync(foreign, JSON.stringify({ hello: '<img src=x onerror=alert(1)>' }));
    await page.locator('[data-import]').setInputFiles(foreign);
    await expect.poll(() => page.locator('[data-storage]').textContent()).toMatch(/没有导入：这不是本站导出的学习进度文件/);
    expect(await page.locator('img').count()).toBe(0);
    await context.close();
  });

  it('prints a paper test: the chosen number of questions, answers on a page of their own', async () => {
    const { page, context } = await session.open();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.goto(PRACTICE);
    await page.locator('[data-paper-count]').fill('12');
    await page.locator('[data-paper]').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page.locator('.paper-questions > li').count()).resolves.toBe(12);
    await expect(page.locator('.paper-answers li').count()).resolves.toBe(12);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.paper-answers').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.locator('.practice-choose').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect(await page.locator('.practice-paper').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    await context.close();
  });

  it('marks learning-path steps as read (kept after a reload) and runs a unit’s short check', async () => {
    const { page, context } = await session.open();
    await page.goto(`${siteUrl}/study/`);
    const units = page.locator('.study-path');
    expect(await units.count()).toBeGreaterThanOrEqual(4);
    const first = units.first();
    const progress = first.locator('[data-study-progress]');
    await expect(progress.textContent()).resolves.toMatch(/^已读 0 \/ \d+ 步$/);
    await first.locator('[data-step]').nth(1).click();
    await expect(first.locator('[data-step]').nth(1).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(progress.textContent()).resolves.toMatch(/^已读 1 \/ \d+ 步$/);
    const check = first.locator('a.study-check');
    const asked = Number(/（(\d+) 题）/.exec((await check.textContent())!)![1]);
    await check.click();
    await page.locator('[data-quiz]').waitFor();
    await expect(page.locator('[data-quiz-count]').textContent()).resolves.toContain(`第 1 / ${asked} 题`);
    await expect(page.locator('[data-quiz-title]').textContent()).resolves.toMatch(/小测$/);
    // The steps travel with the exported progress.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-steps-')), 'p.json');
    await download.saveAs(file);
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).steps)).toHaveLength(1);
    await context.close();
  });

  it('has no axe-core violation with a question answered', async () => {
    const { page, context } = await session.open({ bypassCSP: true });
    await page.goto(PRACTICE);
    await startTopic(page);
    await answer(page, false);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id} ×${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
