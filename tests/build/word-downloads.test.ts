// Word versions of templates and 范本: every template page and every 范本 page the site wrote links a
// .docx that exists, opens (read back with the site's bounded .docx reader) and holds the page's title
// and section headings; official texts get none.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/lib/import/docx';

const DIST = path.resolve('dist');
const pages = (section: string) =>
  fs
    .readdirSync(path.join(DIST, section), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(DIST, section, d.name, 'index.html'));

async function docxTexts(file: string): Promise<string[]> {
  const { items } = await readDocx(fs.readFileSync(file));
  return items.flatMap((i) => ('text' in i ? [i.text] : i.table.flat()));
}

describe('Word downloads', () => {
  const templatePages = pages('templates');
  const modelPages = pages('regulations').filter((p) => parse(fs.readFileSync(p, 'utf8')).querySelector('.reg-category')?.text === '范本');

  it('covers every template and every 范本 (and there are some)', () => {
    expect(templatePages.length).toBeGreaterThanOrEqual(8);
    expect(modelPages.length).toBeGreaterThanOrEqual(3);
  });

  for (const [label, list] of [['template', templatePages], ['范本', modelPages]] as const) {
    it(`each ${label} page links a .docx with the page's title and every section heading`, async () => {
      for (const page of list) {
        const root = parse(fs.readFileSync(page, 'utf8'));
        const link = root.querySelector('a.word-download');
        expect(link, page).toBeTruthy();
        const file = path.resolve(path.dirname(page), link!.getAttribute('href')!);
        expect(fs.existsSync(file), file).toBe(true);
        const texts = await docxTexts(file);
        const title = root.querySelector('h1')!.text.replace(/^《|》$/g, '');
        expect(texts[0]).toBe(title);
        expect(texts[1]).toMatch(/非正式文件/);
        const body = root.querySelector('.entry-body, .reg-body')!;
        const headings = body.querySelectorAll('h2, h3').map((h) => h.text.trim());
        expect(headings.length, page).toBeGreaterThan(0);
        for (const h of headings) expect(texts, `${page}: ${h}`).toContain(h);
      }
    });
  }

  it('official and study-guide regulation pages offer no Word version', () => {
    const others = pages('regulations').filter((p) => !modelPages.includes(p));
    expect(others.length).toBeGreaterThan(5);
    for (const page of others) expect(parse(fs.readFileSync(page, 'utf8')).querySelector('a.word-download'), page).toBeNull();
  });
});
