// Two versions of an imported text on the fixture site (served under /zgzsk/), in Chromium: the
// comparison page lists what changed with the characters marked and links into both versions;
// each version says which one it is and leads to the other; copying works on the imported text.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBrowser, type Session } from './browser';

const fixtureUrl = inject('fixtureUrl');
let session: Session;

beforeAll(async () => {
  session = await startBrowser(fixtureUrl);
});
afterAll(async () => {
  expect(session.offOrigin).toEqual([]);
  await session.close();
});

describe('versions of an imported text', () => {
  it('compares the two versions article by article', async () => {
    const { page } = await session.open();
    await page.goto('regulations/changwei-guize/changes/');
    await expect(page.locator('h1').textContent()).resolves.toBe('《某县委常委会议事规则（示例）》修订对照');
    await expect(page.locator('.lead').textContent()).resolves.toMatch(/修改 2 条，新增 1 条，删除 0 条，只改条号 5 条/);
    await expect(page.locator('.change-changed ins').allTextContents()).resolves.toEqual(['，必要时进行风险评估', '；讨论决定干部任免事项，应当有三分之二以上常委到会']);
    await expect(page.locator('.change-added .change-text').textContent()).resolves.toContain('示例新增的一条');
    // A changed article links to its new number, and to its old number in the earlier version.
    await page.locator('.change-changed').nth(1).getByRole('link', { name: '第九条' }).click();
    await page.waitForURL(/\/zgzsk\/regulations\/changwei-guize\/index\.html#art-9$/);
    await page.goBack();
    await page.locator('.change-changed').nth(1).getByRole('link', { name: '第八条' }).click();
    await page.waitForURL(/\/zgzsk\/regulations\/changwei-guize-2024-05-10\/index\.html#art-8$/);
  });

  it('marks the earlier version as revised and leads to the current one', async () => {
    const { page } = await session.open();
    await page.goto('regulations/changwei-guize-2024-05-10/');
    await expect(page.locator('.badge').first().textContent()).resolves.toBe('已修订');
    await expect(page.locator('.text-versions-warning').textContent()).resolves.toContain('本页是历史版本');
    await page.locator('.text-versions-warning a').click();
    await page.waitForURL(/\/zgzsk\/regulations\/changwei-guize\/index\.html$/);
    await expect(page.locator('.text-versions').textContent()).resolves.toContain('2025年3月15日版（本页）（现行）');
    await page.getByRole('link', { name: '与2024年5月10日版逐条对照' }).click();
    await page.waitForURL(/\/changes\/index\.html$/);
  });

  it('copies 《全称》第九条 from the imported text', async () => {
    const { page, context } = await session.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fixtureUrl).origin });
    await page.goto('regulations/changwei-guize/#art-9');
    await page.locator('#art-9 .copy-cite').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《某县委常委会议事规则（示例）》第九条');
  });
});
