// The full-text data model: its structural rules, the outline and headings the site reads from it,
// and the article-level comparison of two versions.
import { describe, expect, it } from 'vitest';
import { checkFullText, headingsOfFullText, outlineOfFullText, type TextNode } from '../../src/lib/full-text';
import { compareTexts, normalizeForCompare, similarity } from '../../src/lib/text-diff';

const art = (n: number, ...texts: string[]): TextNode => ({ type: 'article', n, children: texts.map((text) => ({ type: 'paragraph', text })) });
const chapter = (n: number, title: string, ...children: TextNode[]): TextNode => ({ type: 'chapter', n, title, children });
const section = (n: number, title: string, ...children: TextNode[]): TextNode => ({ type: 'section', n, title, children });

describe('checkFullText', () => {
  it('accepts a well-numbered text', () => {
    expect(checkFullText([chapter(1, '总则', art(1, '甲'), art(2, '乙')), chapter(2, '附则', section(1, '一', art(3, '丙')), section(2, '二', art(4, '丁')))])).toEqual([]);
  });
  it('names each numbering problem with the path of the node', () => {
    const problems = checkFullText([chapter(1, '总则', art(1, '甲'), art(3, '乙')), chapter(3, '附则', section(2, '二', art(3, '丙')))]);
    expect(problems).toEqual([
      { path: ['text', 0, 'children', 1, 'n'], message: '条号不连续：第一条之后应为第二条，这里是第三条' },
      { path: ['text', 1, 'n'], message: '章号不连续或重复：这里应为第二章，实际是第三章' },
      { path: ['text', 1, 'children', 0, 'n'], message: '节号不连续：本章这里应为第一节，实际是第二节' },
      { path: ['text', 1, 'children', 0, 'children', 0, 'n'], message: '条号重复或倒退：第三条之后应为第四条，这里是第三条' },
    ]);
  });
  it('finds empty articles, articles outside chapters, texts without articles, numbers past 9999', () => {
    expect(checkFullText([art(1, '甲'), chapter(1, '总则', art(2, ''))]).map((p) => p.message)).toEqual(['第二条没有内容', '第一条不在任何一章之内（正文已经分章）']);
    expect(checkFullText([{ type: 'paragraph', text: '只有一段' }]).map((p) => p.message)).toEqual(['全文中没有任何条文（第一条、第二条……）']);
    expect(checkFullText([art(1, '甲'), art(10000, '乙')]).map((p) => p.message)).toContain('编号 10000 太大：本站最多支持到第九千九百九十九条（章、节、编同样）');
  });
});

describe('outline and headings', () => {
  const text = [{ type: 'part', n: 1, title: '总编', children: [chapter(1, '总则', art(1, '甲'), section(1, '一般', art(2, '乙')))] } as TextNode, { type: 'appendix', label: '附件1', title: '登记表', children: [] } as TextNode];
  it('lists chapters, sections and the chapter and section of every article', () => {
    const outline = outlineOfFullText(text);
    expect(outline.chapters.map((c) => [c.n, c.title, c.sections.map((s) => s.n)])).toEqual([[1, '总则', [1]]]);
    expect(outline.articles.map((a) => [a.n, a.chapter, a.section])).toEqual([[1, 1, null], [2, 1, 1]]);
  });
  it('gives the ids the page uses', () => {
    expect(headingsOfFullText(text)).toEqual([
      { depth: 2, id: 'part-1', text: '第一编　总编' },
      { depth: 2, id: 'ch-1', text: '第一章　总则' },
      { depth: 3, id: 'ch-1-sec-1', text: '第一节　一般' },
      { depth: 2, id: 'appendix-1', text: '附件1　登记表' },
    ]);
  });
});

describe('compareTexts', () => {
  it('ignores width, punctuation forms and spaces', () => {
    expect(normalizeForCompare('第 1 条，甲(乙); “丙”.')).toBe(normalizeForCompare('第1条,甲（乙）；"丙"。'));
    expect(normalizeForCompare('1.5倍')).toBe('1.5倍');
  });
  it('finds changed, added, removed and renumbered articles', () => {
    const older = [art(1, '会议由书记召集。'), art(2, '会议每月召开一次。'), art(3, '表决实行少数服从多数。'), art(4, '本规则自印发之日起施行。')];
    const newer = [art(1, '会议由书记召集和主持。'), art(2, '讨论干部任免须有三分之二以上成员到会。'), art(3, '表决实行少数服从多数。'), art(4, '本规则自印发之日起施行。')];
    const changes = compareTexts(older, newer);
    expect(changes.map((c) => `${c.kind}:${'old' in c ? c.old : ''}>${'new' in c ? c.new : ''}`)).toEqual(['changed:1>1', 'removed:2>', 'added:>2', 'unchanged:3>3', 'unchanged:4>4']);
    const first = changes[0]!;
    expect(first.kind === 'changed' && first.parts).toEqual([{ text: '会议由书记召集' }, { text: '和主持', added: true }, { text: '。' }]);
    const moved = compareTexts(older, [art(1, '新增的第一条。'), ...older.map((a, i) => ({ ...a, n: i + 2 }) as TextNode)]);
    expect(moved.map((c) => c.kind)).toEqual(['added', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(moved.filter((c) => c.kind === 'unchanged').map((c) => 'old' in c && 'new' in c && [c.old, c.new])).toEqual([[1, 2], [2, 3], [3, 4], [4, 5]]);
  });
  it('scores similarity between 0 and 1', () => {
    expect(similarity('会议由书记召集', '会议由书记召集')).toBe(1);
    expect(similarity('会议由书记召集', '表决实行多数')).toBe(0);
  });
});
