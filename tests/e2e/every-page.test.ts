// Every built page of the real site and of the fixture site (which carries imported texts and a
// changes page) in headless Chromium: axe-core finds no accessibility violation, and at 360 px
// nothing scrolls sideways. Pages are listed from the build output, so a new page is covered the
// day it appears.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type Session } from './browser';
import { FIXTURE_DIST } from '../setup/fixture-site';

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

const sites = [
  { name: 'real site', url: `${inject('siteUrl')}/`, dist: path.resolve('dist') },
  { name: 'fixture site', url: inject('fixtureUrl'), dist: FIXTURE_DIST },
];

/** Page paths relative to the site root, as a reader would type them ('' is the home page). */
function pagesOf(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(path.relative(dist, full).split(path.sep).join('/'));
    }
  };
  walk(dist);
  return found.map((f) => f.replace(/(^|\/)index\.html$/, '$1')).sort();
}

/** axe-core's violations on the loaded page, one readable line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

let session: Session;

beforeAll(async () => {
  session = await startBrowser(sites[0]!.url);
});

afterAll(async () => {
  await session.close();
});

for (const site of sites) {
  const pages = pagesOf(site.dist);

  describe(`${site.name}: every page`, () => {
    it('lists the pages of the build (so the checks below cover something)', () => {
      expect(pages.length).toBeGreaterThan(site.name === 'real site' ? 40 : 15);
      expect(pages).toContain('');
      expect(pages).toContain('404.html');
    });

    it('has no axe-core violation on any page, in light and dark colour schemes', async () => {
      const problems: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await session.open({ bypassCSP: true, colorScheme });
        for (const p of colorScheme === 'light' ? pages : onePerKind(pages)) {
          await page.goto(site.url + p);
          for (const v of await axeViolations(page)) problems.push(`${colorScheme} /${p}: ${v}`);
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 300_000); // about a second a page

    it('does not scroll sideways at 360 px on any page', async () => {
      const { page, context } = await session.open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      const overflowing: string[] = [];
      for (const p of pages) {
        await page.goto(site.url + p);
        const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (extra > 0) overflowing.push(`/${p}: ${extra} px too wide`);
      }
      await context.close();
      expect(overflowing).toEqual([]);
    }, 120_000);
  });
}

describe('search results page', () => {
  it('has no axe-core violation and fits 360 px with results, chips and the dropdown showing', async () => {
    const { page, context } = await session.open({ bypassCSP: true, viewport: { width: 360, height: 740 } });
    await page.goto(`${sites[0]!.url}search/?q=${encodeURIComponent('任前公示')}`);
    await page.locator('.search-results-slot li').first().waitFor();
    await page.locator('#site-search-q').fill('试用期');
    await page.locator('#site-search-list li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    await context.close();
  });
});

/** The first page of each kind: pages are of one kind when they differ only in their last slug. */
function onePerKind(pages: string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const parts = p.split('/');
    const kind = parts.length > 2 ? [parts[0], '*', ...parts.slice(2)].join('/') : p;
    if (!seen.has(kind)) seen.set(kind, p);
  }
  return [...seen.values()];
}
