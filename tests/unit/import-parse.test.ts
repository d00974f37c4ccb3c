// The regulation text parser and MDX writer on texts the tests write themselves (invented rules).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parseRegulationText, readNote } from '../../src/lib/import/parse-regulation-text';
import { escapeMdxText, guessCategory, toMdx } from '../../src/lib/import/to-mdx';
import { parseOutline } from '../../src/lib/outline';
import { toChineseNumeral } from '../../src/lib/chinese-numerals';

const SAMPLE = fs.readFileSync('tests/fixtures/import/xianwei-changwei-guize.txt', 'utf8');

const kinds = (text: string) => parseRegulationText(text).blocks.map((b) => (b.kind === 'paragraph' ? 'p' : `${b.kind}${'n' in b ? b.n : ''}`));

describe('parseRegulationText', () => {
  it('reads title, 题注, 目录-skipped structure, 款/项/目 and 附件', () => {
    const parsed = parseRegulationText(SAMPLE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe('某县委常委会议事规则（示例）');
    expect(parsed.noteMeta).toEqual({ issued: '2024-05-10', issuer: '中共某县委员会' });
    expect(kinds(SAMPLE)).toEqual([
      'chapter1', 'article1', 'article2',
      'chapter2', 'section1', 'article3', 'p', 'p', 'p', 'article4', 'section2', 'article5', 'article6', 'p', 'p', 'p',
      'chapter3', 'article7', 'p', 'article8',
      'chapter4', 'article9', 'article10',
      'appendix', 'p',
    ]);
    expect(parsed.blocks[0]).toMatchObject({ kind: 'chapter', title: '总\u3000则' });
  });

  it('reports a numbering gap and a duplicate with their lines', () => {
    const text = '示例规则\n第一条　甲。\n第三条　乙。\n第三条　丙。';
    expect(parseRegulationText(text).problems).toEqual([
      { line: 3, severity: 'error', message: '条号不连续：第1条之后应为第2条，这里是第3条' },
      { line: 4, severity: 'error', message: '条号重复或倒退：第3条之后应为第4条，这里是第3条' },
    ]);
  });

  it('reports an article before the first chapter, an empty article, and encoding damage', () => {
    const text = '示例规则\n第一条　甲。\n第一章　总则\n第二条\n第三条　乙\uFFFD。';
    const messages = parseRegulationText(text).problems.map((p) => `${p.line}:${p.message}`);
    expect(messages).toEqual([
      '2:第1条在第一章之前（正文已经分章）',
      '4:第2条没有内容',
      expect.stringMatching(/^5:有无法识别的字符/),
    ]);
  });

  it('takes an article whose text starts on the next line, and full-width or half-width spaces', () => {
    const parsed = parseRegulationText('示例规则\n第一条\n内容在下一行。\n第二条 半角空格。\n第三条\u3000全角空格。');
    expect(parsed.problems).toEqual([]);
    expect(parsed.blocks.map((b) => (b.kind === 'article' ? b.text : ''))).toEqual(['内容在下一行。', '半角空格。', '全角空格。']);
  });

  it('numbers up to 第一百九十九条 and beyond', () => {
    const lines = ['示例规则', ...Array.from({ length: 205 }, (_, i) => `第${toChineseNumeral(i + 1)}条　第${i + 1}条的内容。`)];
    const parsed = parseRegulationText(lines.join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.blocks.filter((b) => b.kind === 'article').map((b) => ('n' in b ? b.n : 0)).slice(-7)).toEqual([199, 200, 201, 202, 203, 204, 205]);
  });

  it('does not mistake prose mentioning an article for a new article', () => {
    const parsed = parseRegulationText('示例规则\n第一条　甲。\n第一条规定的事项，按照本规则办理。\n第二条　乙。');
    expect(kinds('示例规则\n第一条　甲。\n第一条规定的事项，按照本规则办理。\n第二条　乙。')).toEqual(['article1', 'p', 'article2']);
    expect(parsed.problems).toEqual([]);
  });

  it('reports an empty file and a text without articles', () => {
    expect(parseRegulationText('').problems[0]!.message).toBe('文件是空的');
    expect(parseRegulationText('一份通知\n请各单位遵照执行。').problems[0]!.message).toContain('没有找到任何“第X条”');
  });
});

describe('readNote', () => {
  it('reads issue and effective dates out of a 题注', () => {
    expect(readNote('（2019年3月3日中央政治局会议审议批准　2019年3月17日中共中央发布）')).toEqual({ issued: '2019-03-17', issuer: '中共中央' });
    expect(readNote('（2020年1月5日某县委印发，自2020年2月1日起施行）')).toEqual({ issued: '2020-01-05', issuer: '某县委', effective: '2020-02-01' });
  });
});

describe('toMdx', () => {
  const meta = { title: '某县委常委会议事规则（示例）', issuer: '中共某县委员会', issued: '2024-05-10', status: '现行有效', category: '规则', summary: '示例。', version: '导入', sourceName: 'x.txt' };
  it('writes a full text the site reads back with the same outline', () => {
    const parsed = parseRegulationText(SAMPLE);
    const mdx = toMdx(parsed, meta);
    const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
    const outline = parseOutline(body);
    expect(outline.problems).toEqual([]);
    expect(outline.chapters.map((c) => c.n)).toEqual([1, 2, 3, 4]);
    expect(outline.articles.map((a) => a.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(mdx).toBe(toMdx(parseRegulationText(SAMPLE), meta)); // deterministic
  });
  it('escapes what MDX would otherwise interpret', () => {
    expect(escapeMdxText('1. 先<b>介绍</b>{x}*y*')).toBe('1\\. 先&lt;b&gt;介绍&lt;/b&gt;&#123;x&#125;\\*y\\*');
  });
  it('guesses the category from the title', () => {
    expect(guessCategory('某县委常委会议事规则')).toBe('规则');
    expect(guessCategory('关于加强某工作的通知')).toBe('规范性文件');
  });
});
