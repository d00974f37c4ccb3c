// Content check: schema errors, structure and citations reported as file:line with a sentence an
// author understands. Files are short strings run through the real schemas.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems, type ContentFile } from '../../src/lib/content/entries';

const REGULATION = `---
title: 某县议事规则
issuer: 某县委
issued: 2020-01-01
effective: 2020-02-01
status: 现行有效
category: 规则
kind: 全文
version: 2020年版
summary: 示例。
---

## 第一章　总　则

第一条　甲。

第二条　乙。
`;

const GUIDE = `---
title: 示例指南
summary: 示例。
pillar: 议事规则
regulations: [shili]
updated: 2026-11-24
---

见 <Cite reg="shili" art={2} />。
`;

const reg = (text: string, name = 'shili'): ContentFile => ({ collection: 'regulations', path: `content/regulations/${name}.mdx`, text });
const guide = (text: string): ContentFile => ({ collection: 'guides', path: 'content/guides/shili.mdx', text });
const messages = (files: ContentFile[]) => formatProblems(checkContent(files).problems);

describe('checkContent', () => {
  it('accepts valid content and indexes the regulation', () => {
    const { problems, model: { index } } = checkContent([reg(REGULATION), guide(GUIDE)]);
    expect(problems).toEqual([]);
    expect([...index.get('shili')!.articles]).toEqual([1, 2]);
  });

  it('names file, line and field for a missing title', () => {
    expect(messages([reg(REGULATION.replace('title: 某县议事规则\n', ''))])).toBe('content/regulations/shili.mdx:2: 缺少全称（title）');
  });

  it('rejects an impossible date instead of letting YAML roll it over', () => {
    expect(messages([reg(REGULATION.replace('effective: 2020-02-01', 'effective: 2019-13-01'))])).toBe(
      'content/regulations/shili.mdx:5: 施行日期（effective） "2019-13-01" 不是有效日期：应写成 YYYY-MM-DD（只知年月写 YYYY-MM，只知年份写 YYYY）',
    );
  });

  it('lists the allowed values for an unknown status', () => {
    expect(messages([reg(REGULATION.replace('status: 现行有效', 'status: 有效'))])).toBe(
      'content/regulations/shili.mdx:6: 效力状态（status） "有效" 不在可选范围内，可选：现行有效 / 已修订 / 已废止 / 试行',
    );
  });

  it('reports a misspelt field', () => {
    expect(messages([reg(REGULATION.replace('issuer:', 'isuer:'))])).toContain('未知字段：isuer');
  });

  it('reports a citation of a missing article at the line of the tag', () => {
    const out = messages([reg(REGULATION), guide(GUIDE.replace('art={2}', 'art={99}'))]);
    expect(out).toBe('content/guides/shili.mdx:9: 引用无效 <Cite reg="shili" art={99} />：《某县议事规则》没有第九十九条');
  });

  it('reports a citation of a missing regulation and a missing related regulation', () => {
    const out = messages([guide(GUIDE)]);
    expect(out).toContain('content/guides/shili.mdx:5: regulations 中的“shili”不存在');
    expect(out).toContain('content/guides/shili.mdx:9: 引用无效 <Cite reg="shili" art={2} />：找不到法规“shili”');
  });

  it('reports an invalid regulation once, not again at every citation of it', () => {
    const out = messages([reg(REGULATION.replace('status: 现行有效', 'status: 有效')), guide(GUIDE)]);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toContain('效力状态（status）');
  });

  it('reports numbering problems of a full text with file lines', () => {
    const out = messages([reg(REGULATION.replace('第二条　乙。', '第三条　乙。'))]);
    expect(out).toBe('content/regulations/shili.mdx:17: 条号不连续：第一条之后是第三条，应为第二条');
  });

  it('reports broken YAML and a missing frontmatter', () => {
    expect(messages([reg(REGULATION.replace('status: 现行有效', 'status: [现行有效'))])).toMatch(/^content\/regulations\/shili\.mdx:\d+: YAML 写法有误/);
    expect(messages([reg('正文而已')])).toBe('content/regulations/shili.mdx:1: 缺少 frontmatter：文件应以 --- 开头，写明标题等字段，再以 --- 结束');
  });

  it('requires study-guide articles to sit in a chapter the body has', () => {
    const studyGuide = REGULATION.replace('kind: 全文', 'kind: 导读\narticles:\n  - n: 8\n    chapter: 2\n    topic: 资格\n    facts: [1-20]').replace(/第一条[\s\S]*$/, '要点。\n');
    expect(messages([reg(studyGuide)])).toBe('content/regulations/shili.mdx:11: articles 中第 8 条所在的第 2 章在正文中不存在（正文应有“## 第X章”标题）');
  });

  it('reports a <Term> that names no glossary entry', () => {
    const out = messages([reg(REGULATION), guide(GUIDE.replace('见 <Cite', '<Term id="nope" />见 <Cite'))]);
    expect(out).toBe('content/guides/shili.mdx:9: <Term id="nope"> 找不到这个术语（content/glossary/ 下没有 nope.yaml）');
  });

  it('flags article numbers typed by hand, but not inside <Cite>, comments or full texts', () => {
    const typed = GUIDE.replace('见 <Cite', '依照第二十六条和第3条办理，{/* 第九条 */}见 <Cite');
    expect(messages([reg(REGULATION), guide(typed)]).split('\n')).toEqual([
      'content/guides/shili.mdx:9: 手写的条号“第二十六条”：请改用 <Cite reg="…" art={N} />，以便检查条号并生成链接',
      'content/guides/shili.mdx:9: 手写的条号“第3条”：请改用 <Cite reg="…" art={N} />，以便检查条号并生成链接',
    ]);
    expect(messages([reg(REGULATION.replace('第二条　乙。', '第二条　依照第一条办理。'))])).toBe('');
  });

  it('checks figure rows: unique ids, citations that resolve, and <Figures> references', () => {
    const figures = (rows: string): ContentFile => ({ collection: 'figures', path: 'content/figures/shili.yaml', text: `pillar: 议事规则\nfigures:\n${rows}` });
    const row = (id: string, art: number) => `  - id: ${id}\n    topic: 某时限\n    value: 5日\n    kind: 时限\n    reg: shili\n    art: ${art}\n    status: 全国规定\n    facts: [1-70]\n`;
    expect(messages([reg(REGULATION), figures(row('a', 1) + row('b', 2))])).toBe('');
    const out = messages([reg(REGULATION), figures(row('a', 1) + row('a', 9)), guide(GUIDE.replace('见 <Cite', '<Figures ids={["a", "zz"]} />\n<Figures reg="nope" />\n见 <Cite'))]);
    expect(out.split('\n')).toEqual([
      'content/figures/shili.yaml:11: 数字编号“a”重复（已在 content/figures/shili.yaml 中使用）',
      'content/figures/shili.yaml:16: 数字“某时限”的出处无效：《某县议事规则》没有第九条',
      'content/guides/shili.mdx:9: <Figures> 中的数字编号“zz”不存在（content/figures/ 中没有这一行）',
      'content/guides/shili.mdx:10: <Figures reg="nope"> 没有任何数字引用这部法规（content/figures/ 中没有 reg: nope 的行）',
    ]);
  });

  it('names components that do not exist', () => {
    expect(messages([reg(REGULATION), guide(GUIDE.replace('见 <Cite', '<Chart />见 <Cite'))])).toBe('content/guides/shili.mdx:9: 不认识的组件 <Chart>：可用的有 Cite、Term、Figures、DevelopmentDates、SingleSource');
  });

  it('rejects file names that cannot be URLs', () => {
    expect(messages([reg(REGULATION, '议事规则')])).toContain('文件名“议事规则”只能用小写字母、数字和连字符');
  });

  it('checks glossary YAML and its links', () => {
    const term: ContentFile = { collection: 'glossary', path: 'content/glossary/shi-li.yaml', text: 'term: 示例\npinyin: shì lì\ndefinition: 一句话。\nguides: [nope]\n' };
    expect(messages([term])).toBe('content/glossary/shi-li.yaml:4: guides 中的“nope”不存在（content/guides/下没有这个文件）');
  });
});

describe('checkContent: imported texts (.json), folders, versions', () => {
  const text = (...articles: string[]) => [{ type: 'chapter', n: 1, title: '总则', children: articles.map((t, i) => ({ type: 'article', n: i + 1, children: [{ type: 'paragraph', text: t }] })) }];
  const imported = (slug: string, fields: Record<string, unknown>, body = text('甲。', '乙。')): ContentFile => ({
    collection: 'regulations',
    path: `content/regulations/${slug}.json`,
    text: JSON.stringify({ title: '某镇规则', issuer: '某镇党委', issued: '2024-01-01', status: '现行有效', category: '规则', kind: '全文', version: '导入', summary: '示例。', ...fields, text: body }, null, 2),
  });
  const citing = (art: number): ContentFile => guide(GUIDE.replace('regulations: [shili]', 'regulations: [zhen]').replace('<Cite reg="shili" art={2} />', `<Cite reg="zhen" art={${art}} />`));

  it('indexes the articles of an imported text and resolves citations into it', () => {
    const { problems, model: { index } } = checkContent([imported('zhen', {}), citing(2)]);
    expect(problems).toEqual([]);
    expect([...index.get('zhen')!.articles]).toEqual([1, 2]);
  });

  it('reports structure problems of an imported text at their line in the .json', () => {
    const file = imported('zhen', {}, text('甲。', ''));
    const lines = file.text.split('\n');
    const secondArticle = lines.findIndex((l, i) => l.includes('"type": "article"') && lines.slice(0, i).some((m) => m.includes('"type": "article"')));
    expect(messages([file])).toBe(`content/regulations/zhen.json:${secondArticle}: 第二条没有内容`); // the line of its opening brace
  });

  it('reports a broken .json with its line', () => {
    expect(messages([{ collection: 'regulations', path: 'content/regulations/zhen.json', text: '{\n  "title": "x",\n  oops\n}' }])).toMatch(/^content\/regulations\/zhen\.json:3: JSON 写法有误/);
  });

  it('keeps text out of MDX pages and requires it in .json texts', () => {
    expect(messages([imported('zhen', { kind: '导读' })])).toContain('导读不能有 text');
    expect(messages([reg(REGULATION.replace('kind: 全文', 'kind: 全文\ntext: []'))])).toContain('text 只用于导入的全文');
  });

  it('reads files in subfolders and rejects two files with the same name', () => {
    const nested = { ...reg(REGULATION), path: 'content/regulations/extra/shili.mdx' };
    expect(checkContent([nested, guide(GUIDE)]).problems).toEqual([]);
    expect(messages([reg(REGULATION), nested])).toBe('content/regulations/extra/shili.mdx:1: 文件名“shili”与 content/regulations/shili.mdx 重复：同一栏目中的文件名（即网址）不能相同，子文件夹也算在内');
    expect(messages([reg(REGULATION), imported('shili', {})])).toContain('重复');
  });

  it('checks versionOf and warns where a cited article changed since the earlier version', () => {
    const current = imported('zhen', { issued: '2025-01-01' }, text('甲，有改动。', '乙。'));
    const earlier = imported('zhen-2024-01-01', { status: '已修订', versionOf: 'zhen' });
    const changed = checkContent([current, earlier, citing(1)]);
    expect(changed.problems).toEqual([]);
    expect(formatProblems(changed.warnings)).toBe('content/guides/shili.mdx:9: 提示：所引《某镇规则》第一条与 2024-01-01 版的同号条文不同，请核对引用是否仍然准确（修订对照见 /regulations/zhen/changes/）');
    expect(checkContent([current, earlier, citing(2)]).warnings).toEqual([]);
    expect(messages([imported('zhen-old', { versionOf: 'nope' })])).toContain('versionOf 指向的法规“nope”不存在');
    expect(messages([reg(REGULATION), imported('zhen-old', { versionOf: 'shili' })])).toContain('versionOf 应当指向导入的全文的现行版本');
  });

  it('reports a YAML syntax error on its own line', () => {
    const broken = REGULATION.replace('summary: 示例。', 'summary: 示例。\nhistory: [\n  - oops');
    expect(messages([reg(broken)])[0]).toBeDefined();
    expect(messages([reg(broken)])).toMatch(/^content\/regulations\/shili\.mdx:1[12]: YAML 写法有误/);
    const glossary: ContentFile = { collection: 'glossary', path: 'content/glossary/x.yaml', text: 'term: 甲\npinyin: jia\ndefinition: 乙\naliases: [a\nregulations: []\nguides: []\nfacts: "unclosed\n' };
    expect(formatProblems(checkContent([glossary]).problems)).toMatch(/^content\/glossary\/x\.yaml:[4-7]: YAML 写法有误/);
  });
});
