// The smoke walk in a second engine: Firefox ESR (Debian's firefox-esr), standing in for the
// Firefox-based browsers of domestic operating systems, driven by puppeteer-core over WebDriver BiDi.
// Home → regulation → article → copy citation → search → the result lands highlighted; and search
// from a copied folder (file://).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const siteUrl = `${inject('siteUrl')}/`;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}, 60_000);
afterAll(async () => browser?.close());

const until = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('Firefox ESR', () => {
  it('walks from the home page to an article, copies it, searches and lands on a result', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(siteUrl);
    await Promise.all([page.waitForNavigation(), page.click('.site-nav a[aria-current], .site-nav a')]);
    await Promise.all([page.waitForNavigation(), page.click('a.card-title')]);
    expect(page.url()).toMatch(/\/regulations\/[a-z-]+\/index\.html$/);
    await page.goto(`${siteUrl}regulations/xiangzhen-dangwei-yishi-guize/#art-3`);
    await page.click('#art-3 .copy-cite');
    await until(async () => /第三条/.test((await page.$eval('#copy-status', (e) => e.textContent ?? '').catch(() => '')) ?? ''), 'the copy message');
    expect(await page.$eval('#copy-status', (e) => e.textContent)).toMatch(/《乡镇党委会议事规则（范本）》第三条/);
    await page.type('#site-search-q', '任前公示');
    await until(async () => (await page.$$('#site-search-list .search-option-doc')).length > 0, 'search results');
    await Promise.all([page.waitForNavigation(), page.click('#site-search-list .search-option-doc')]);
    await until(async () => (await page.$$('mark.search-hit')).length > 0, 'the highlighted words');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches from a copied folder (file://)', async () => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(path.resolve('dist')).href}/search/index.html?q=${encodeURIComponent('试用期')}`);
    await until(async () => /个页面/.test(await page.$eval('.search-page .search-status', (e) => e.textContent ?? '')), 'results from file://');
    expect((await page.$$('.search-doc')).length).toBeGreaterThan(0);
    await page.close();
  });
});
