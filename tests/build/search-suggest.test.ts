// "您要找的是不是" on the built site's data: every seeded typing slip (tests/fixtures/search-typos)
// gets the intended name among its suggestions, read from the same search-suggest.json the browser
// reads. Also: the synonym groups join a regulation's names and a term's aliases.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { suggest, type SuggestData } from '../../src/lib/suggest';
import type { SearchWords } from '../../src/lib/search-vocabulary';

const DIST = path.resolve('dist');
const read = <T,>(file: string) => JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8')) as T;
const typos = parseYaml(fs.readFileSync('tests/fixtures/search-typos/typos.yaml', 'utf8')) as Array<{ typed: string; intended: string }>;

describe('suggestions for typing slips', () => {
  const data = read<SuggestData>('search-suggest.json');

  it('knows glossary terms, regulation names and headings, each with a link inside the site', () => {
    const kinds = new Set(data.entries.map((e) => e.kind));
    for (const kind of ['术语', '法规', '指南', '小节']) expect(kinds).toContain(kind);
    for (const e of data.entries) expect(fs.existsSync(path.join(DIST, e.url.replace(/#.*$/, '')))).toBe(true);
  });

  it(`suggests the intended name for every one of ${typos.length} seeded slips`, () => {
    expect(typos.length).toBeGreaterThanOrEqual(20);
    const missed = typos.filter((t) => !suggest(t.typed, data).some((s) => s.text === t.intended));
    expect(missed).toEqual([]);
  });

  it('suggests nothing for what is already a name, for one character, and for noise', () => {
    expect(suggest('一肩挑', data).map((s) => s.text)).not.toContain('一肩挑');
    expect(suggest('党', data)).toEqual([]);
    expect(suggest('<script>alert(1)</script>', data).length).toBeLessThanOrEqual(5);
    expect(suggest('😀😀😀', data)).toEqual([]);
  });
});

describe('synonyms', () => {
  const words = read<SearchWords>('search-words.json');
  it('join a regulation\'s 全称, 简称 and aliases', () => {
    const group = words.synonyms.find((g) => g.includes('干部任用条例'));
    expect(group).toEqual(expect.arrayContaining(['党政领导干部选拔任用工作条例', '选拔任用条例']));
  });
});
