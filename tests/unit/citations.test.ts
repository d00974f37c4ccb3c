import { describe, expect, it } from 'vitest';
import { extractCitations, resolveCitation, type RegulationIndex } from '../../src/lib/citations';
import { mdxTree } from '../helpers/mdx';

const INDEX: RegulationIndex = new Map([
  ['ganbu', { slug: 'ganbu', title: '某某工作条例', shortTitle: '工作条例', kind: '导读' as const, chapters: new Set([1, 2, 3]), articles: new Set([8, 26]), textSlug: 'ganbu' }],
  ['fanben', { slug: 'fanben', title: '议事规则（范本）', shortTitle: '议事规则（范本）', kind: '全文' as const, chapters: new Set([1]), articles: new Set([1, 2, 3]), textSlug: 'fanben' }],
]);

describe('extractCitations', () => {
  it('finds every tag with its line, in all value forms', () => {
    const body = [
      '见 <Cite reg="ganbu" art={26} />。', // line 5
      '',
      '又见 <Cite reg=\'ganbu\' art="8"/> 和 <Cite reg="ganbu" ch={3} full />，',
      '以及 <Cite reg="fanben" art="第二条" />。',
    ].join('\n');
    const { citations, problems } = extractCitations(mdxTree(body), 5);
    expect(problems).toEqual([]);
    expect(citations).toEqual([
      { reg: 'ganbu', art: 26, line: 5 },
      { reg: 'ganbu', art: 8, line: 7 },
      { reg: 'ganbu', ch: 3, full: true, line: 7 },
      { reg: 'fanben', art: 2, line: 8 },
    ]);
  });

  it('reports malformed tags instead of skipping them', () => {
    const { citations, problems } = extractCitations(mdxTree('<Cite art={2} />\n<Cite reg="a" art={x} />\n<Cite reg="a" art={1} ch={1} />\n<Cite reg="a" atr={1} />'));
    expect(citations).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 4]);
    expect(problems[0]!.message).toContain('缺少 reg');
    expect(problems[1]!.message).toContain('art 应当是正整数');
    expect(problems[2]!.message).toContain('不能同时写 art 和 ch');
    expect(problems[3]!.message).toContain('不认识属性 atr');
  });

  it('ignores tags inside fenced and inline code, and reads attribute values as MDX does', () => {
    const { citations } = extractCitations(mdxTree('```mdx\n<Cite reg="nope" />\n```\n\n`<Cite reg="code" />` 与 <Cite reg="a>b" />'));
    expect(citations).toEqual([{ reg: 'a>b', line: 5 }]);
  });
});

describe('resolveCitation', () => {
  it('links an article with the short title and keeps the full form for copying', () => {
    expect(resolveCitation(INDEX, { reg: 'ganbu', art: 26 }, '/zgzsk/')).toMatchObject({
      ok: true,
      href: '/zgzsk/regulations/ganbu/#art-26',
      label: '《工作条例》第二十六条',
      fullLabel: '《某某工作条例》第二十六条',
    });
  });
  it('links a chapter, or the whole regulation with its full title', () => {
    expect(resolveCitation(INDEX, { reg: 'ganbu', ch: 3 })).toMatchObject({ ok: true, href: '/regulations/ganbu/#ch-3', label: '《工作条例》第三章' });
    expect(resolveCitation(INDEX, { reg: 'ganbu', full: true })).toMatchObject({ ok: true, href: '/regulations/ganbu/', label: '《某某工作条例》' });
  });
  it('explains what is missing', () => {
    expect(resolveCitation(INDEX, { reg: 'nope', art: 1 })).toEqual({ ok: false, message: '找不到法规“nope”（content/regulations/ 下没有 nope.mdx）' });
    expect(resolveCitation(INDEX, { reg: 'fanben', art: 4 })).toEqual({ ok: false, message: '《议事规则（范本）》没有第四条' });
    expect(resolveCitation(INDEX, { reg: 'ganbu', art: 42 })).toMatchObject({ ok: false, message: expect.stringContaining('导读没有列出第四十二条') });
    expect(resolveCitation(INDEX, { reg: 'ganbu', ch: 13 })).toEqual({ ok: false, message: '《某某工作条例》没有第十三章' });
  });
});
