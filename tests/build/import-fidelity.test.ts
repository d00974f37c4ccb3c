// Imported texts on the built fixture site: the text of every article on the page equals the source
// text (UTF-8, GBK and .docx), however code- or markup-like its lines are; nothing in them ran at
// build time or became markup; a study guide's citations lead into its imported text.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST, IMPORTED_SOURCES } from '../setup/fixture-site';

const ARTICLE_START = /^第([零〇一二三四五六七八九十百千]+)条[\s\u3000]+(.*)$/;
const END_OF_ARTICLE = /^(第[零〇一二三四五六七八九十百千]+章|附\s*件)/;
const squash = (text: string) => text.replace(/[\s\u3000]+/g, ' ').trim();

/** The truth: each article's lines, read from the source with nothing but line splitting. */
function sourceArticles(text: string): string[][] {
  const articles: string[][] = [];
  let current: string[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const start = ARTICLE_START.exec(line);
    if (start) {
      current = [squash(start[2]!)];
      articles.push(current);
    } else if (END_OF_ARTICLE.test(line)) {
      current = null;
    } else if (current) {
      current.push(squash(line));
    }
  }
  return articles;
}

/** What a reader sees of each article on the built page, tools left out. */
function pageArticles(slug: string): string[][] {
  const doc = parse(fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', slug, 'index.html'), 'utf8'));
  return doc.querySelectorAll('section.article').map((section: HTMLElement) => {
    section.querySelector('.art-tools')?.remove();
    section.querySelector('.art-no')?.remove();
    return section.querySelectorAll('p, td').map((el) => squash(el.text));
  });
}

const decode = (file: string) => {
  const bytes = fs.readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
};

describe('imported texts on the built site', () => {
  it('show every article exactly as the .txt source has it (UTF-8 and GBK)', () => {
    for (const slug of ['teshu-zifu', 'teshu-zifu-gbk'] as const) {
      const expected = sourceArticles(decode(IMPORTED_SOURCES[slug]));
      expect(expected.length, slug).toBe(4);
      expect(pageArticles(slug), slug).toEqual(expected);
    }
  });

  it('show every article of the .docx, with its table under the article', () => {
    const expected = sourceArticles(decode(IMPORTED_SOURCES['teshu-zifu']));
    expected[3]!.push('事项', '时限', '议题申报', '会前3日');
    expect(pageArticles('teshu-zifu-docx')).toEqual(expected);
    const page = fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', 'teshu-zifu-docx', 'index.html'), 'utf8');
    expect(page).toMatch(/<section id="art-4"[^>]*>.*<table class="text-table">/s);
  });

  it('turn nothing into markup or code: no script, no link, nothing run at build time', () => {
    for (const slug of Object.keys(IMPORTED_SOURCES)) {
      const html = fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', slug, 'index.html'), 'utf8');
      const body = parse(html).querySelector('.reg-body')!;
      expect(body.querySelectorAll('script, hr, ul, h1, code, strong, em, a:not(.art-link)'), slug).toEqual([]);
      expect(body.innerHTML).toContain('&lt;script&gt;alert(');
      expect(body.text).toContain('&lt;b&gt;不要解码&lt;/b&gt; &amp; &copy;');
      expect(body.text).toContain('举报网站：https://www.12380.gov.cn。');
      expect(body.text).toContain('http://example.invalid/a_b_c/index.html');
      expect(html).not.toContain('href="javascript:');
    }
    expect(fs.existsSync('zgzsk-pwned.txt')).toBe(false);
    expect(fs.existsSync(path.join(FIXTURE_DIST, '..', 'zgzsk-pwned.txt'))).toBe(false);
  });

  it('keep the 附件 list and each 附件 body', () => {
    const doc = parse(fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', 'teshu-zifu', 'index.html'), 'utf8'));
    expect(doc.querySelectorAll('.attachment-list li').map((li) => li.text)).toEqual(['1.议题申报表', '2.表决结果登记表']);
    expect(doc.querySelectorAll('.appendix h2').map((h) => [h.id, h.text])).toEqual([['appendix-1', '附件1　议题申报表'], ['appendix-2', '附件2　表决结果登记表']]);
  });

  it('link a study guide and its imported text, and send citations of the guide into the text', () => {
    const guide = fs.readFileSync(path.join(FIXTURE_DIST, 'guides', 'changwei', 'index.html'), 'utf8');
    expect(guide).toContain('href="../../regulations/changwei-guize/index.html#art-9"');
    const text = fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', 'changwei-guize', 'index.html'), 'utf8');
    expect(text).toContain('href="../changwei-daodu/index.html"');
    expect(fs.readFileSync(path.join(FIXTURE_DIST, 'regulations', 'changwei-daodu', 'index.html'), 'utf8')).toContain('href="../changwei-guize/index.html"');
  });

  it('render a regulation kept in a subfolder at its own address', () => {
    expect(fs.existsSync(path.join(FIXTURE_DIST, 'regulations', 'zi-mulu', 'index.html'))).toBe(true);
  });
});
