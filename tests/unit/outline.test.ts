import { describe, expect, it } from 'vitest';
import { matchArticleStart } from '../../src/lib/outline';
import { outlineOf as parseOutline } from '../helpers/mdx';

const TEXT = [
  '## 第一章　总　则', // line 1
  '',
  '第一条　为了规范某县的工作，制定本规则。',
  '',
  '第二条 本规则适用于：', // half-width space
  '',
  '（一）甲；',
  '',
  '## 第二章　会议',
  '',
  '### 第一节　一般规定',
  '',
  '第三条　会议由书记召集。',
  '',
  '第四条　会议应当有记录。',
].join('\n');

describe('parseOutline', () => {
  it('reads chapters, sections and articles with their lines', () => {
    const outline = parseOutline(TEXT, 10);
    expect(outline.problems).toEqual([]);
    expect(outline.chapters.map((c) => [c.n, c.title, c.line])).toEqual([[1, '总　则', 10], [2, '会议', 18]]);
    expect(outline.chapters[1]!.sections).toEqual([{ n: 1, title: '一般规定', line: 20 }]);
    expect(outline.articles.map((a) => [a.n, a.chapter, a.section, a.line])).toEqual([
      [1, 1, null, 12], [2, 1, null, 14], [3, 2, 1, 22], [4, 2, 1, 24],
    ]);
  });

  it('reports a gap in article numbers with the line', () => {
    const { problems } = parseOutline('第一条　甲。\n\n第三条　乙。');
    expect(problems).toEqual([{ line: 3, level: 'article', message: '条号不连续：第一条之后是第三条，应为第二条' }]);
  });

  it('reports a duplicate article', () => {
    const { problems } = parseOutline('第一条　甲。\n\n第二条　乙。\n\n第二条　丙。');
    expect(problems[0]!.message).toBe('条号重复：第二条之后是第二条，应为第三条');
  });

  it('reports an article outside any chapter when the text has chapters', () => {
    const { problems } = parseOutline('第一条　甲。\n\n## 第一章　总则\n\n第二条　乙。');
    expect(problems).toEqual([{ line: 1, level: 'article', message: '第一条不在任何一章之内（正文已经分章）' }]);
  });

  it('reports an empty article and a chapter out of order', () => {
    const { problems } = parseOutline('## 第一章　总则\n\n第一条\n\n第二条　乙。\n\n## 第三章　附则');
    expect(problems.map((p) => p.message)).toEqual(['第一条没有内容', '章号不连续：这里是第三章，应为第二章']);
  });

  it('ignores prose that mentions an article and code blocks', () => {
    const outline = parseOutline('第一条规定了目的。\n\n```\n第二条　示例\n```\n\n根据第三条　办理。');
    expect(outline.articles).toEqual([]);
  });

  it('reads articles up to 第一百九十九条', () => {
    expect(matchArticleStart('第一百九十九条　内容')).toMatchObject({ n: 199, label: '第一百九十九条' });
    expect(matchArticleStart('第二十六条规定')).toBeNull();
  });
});
