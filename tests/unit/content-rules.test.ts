// The content check as small rules over one model: each rule on its own, the model's citedBy, and the
// cases a line-by-line scanner got wrong (tags inside code, `>` inside an attribute).
import { describe, expect, it } from 'vitest';
import { readEntry, type ContentFile } from '../../src/lib/content/entries';
import { buildModel, citedByOf } from '../../src/lib/content/model';
import { componentRules } from '../../src/lib/content/rules/components';
import { citationRules } from '../../src/lib/content/rules/citations';
import { fileRules } from '../../src/lib/content/rules/files';
import { bareArticleRules, bareArticleNumbers } from '../../src/lib/content/rules/bare-articles';
import { referenceRules } from '../../src/lib/content/rules/references';
import { RULES } from '../../src/lib/content/check';

const REG = '---\ntitle: 某县议事规则\nissuer: 某县委\nissued: 2020-01-01\nstatus: 现行有效\ncategory: 规则\nkind: 全文\nversion: 2020年版\nsummary: 示例。\n---\n\n## 第一章　总　则\n\n第一条　甲。\n\n第二条　乙。\n';
const guide = (body: string, name = 'g'): ContentFile => ({ collection: 'guides', path: `content/guides/${name}.mdx`, text: `---\ntitle: 指南\nsummary: 示例。\npillar: 议事规则\nupdated: 2026-11-24\n---\n\n${body}\n` });
const reg = (name = 'shili', text = REG): ContentFile => ({ collection: 'regulations', path: `content/regulations/${name}.mdx`, text });
const model = (...files: ContentFile[]) => buildModel(files.map(readEntry));
const lines = (problems: Array<{ line: number; message: string }>) => [...problems].sort((a, b) => a.line - b.line).map((p) => `${p.line}: ${p.message}`);

describe('content rules', () => {
  it('read tags from the tree: nothing inside code counts, `>` inside a value is a value', () => {
    const m = model(reg(), reg('a-b'), guide('`<Cite reg="nope" />` 写法示例。\n\n```mdx\n<Chart />\n```\n\n见 <Cite reg="shili" art={2} />。'));
    expect(lines(citationRules(m))).toEqual([]);
    expect(lines(componentRules(m))).toEqual([]);
    expect(lines(citationRules(model(reg(), guide('见 <Cite reg="a>b" />。'))))).toEqual(['8: 引用无效 <Cite reg="a>b" />：找不到法规“a>b”（content/regulations/ 下没有 a>b.mdx）']);
  });

  it('components: unknown tags, import/export and code expressions are reported with their lines', () => {
    const m = model(guide('import x from "y"\n\n<Chart />\n\n正文 {1 + 1} 与 {/* 1-70 */}。'));
    expect(lines(componentRules(m))).toEqual([
      '8: 内容中不能写 import/export（组件无需引入，直接使用）：import x from "y"',
      '10: 不认识的组件 <Chart>：可用的有 Cite、Term、Figures、DevelopmentDates、SingleSource',
      '12: 正文中的 {…} 只能用来写注释，例如 {/* 1-70 */}：{1 + 1}',
    ]);
  });

  it('files: names that cannot be addresses, names used twice', () => {
    const m = model(reg('Bad_Name'), reg('shili'), { ...reg('shili'), path: 'content/regulations/sub/shili.mdx' });
    expect(lines(fileRules(m))).toEqual([
      '1: 文件名“Bad_Name”只能用小写字母、数字和连字符（它就是页面网址），例如 xuanba-renyong',
      '1: 文件名“shili”与 content/regulations/shili.mdx 重复：同一栏目中的文件名（即网址）不能相同，子文件夹也算在内',
    ]);
  });

  it('bare article numbers: in prose and inside component children, not in code or comments', () => {
    const m = model(reg(), guide('按第八条办理，<Term id="x">第9条</Term>，`第十条`，{/* 第十一条 */}。'));
    expect(lines(bareArticleRules(m)).map((l) => l.replace(/：请改用.*/, ''))).toEqual(['8: 手写的条号“第八条”', '8: 手写的条号“第9条”']);
    expect(bareArticleNumbers('甲\n第一条与第２条', 3)).toEqual([{ text: '第一条', line: 4 }, { text: '第２条', line: 4 }]);
  });

  it('references: <Term> ids and data lists name existing files', () => {
    const m = model(guide('<Term id="nope" />'));
    expect(lines(referenceRules(m))).toEqual(['8: <Term id="nope"> 找不到这个术语（content/glossary/ 下没有 nope.yaml）']);
  });

  it('every rule runs on a clean model without a word', () => {
    const m = model(reg(), guide('见 <Cite reg="shili" art={2} /> 和 <Cite reg="shili" ch={1} />。'));
    expect(RULES.flatMap((rule) => rule(m))).toEqual([]);
  });
});

describe('citedBy', () => {
  it('lists each citing page once with the articles it cites, leaving out a text citing itself', () => {
    const m = model(reg(), guide('见 <Cite reg="shili" art={2} />、<Cite reg="shili" art={1} />、<Cite reg="shili" art={2} />。', 'a'), guide('<Cite reg="shili" />', 'b'));
    expect(m.citedBy.get('shili')).toEqual([
      { title: '指南', section: 'guides', slug: 'a', articles: [1, 2] },
      { title: '指南', section: 'guides', slug: 'b', articles: [] },
    ]);
    expect(citedByOf([{ section: 'regulations', slug: 'x', title: 'X', citations: [{ reg: 'x', art: 1, line: 1 }] }]).size).toBe(0);
  });
});

describe('template links', () => {
  it('asks a guide that names a template to link it', async () => {
    const { templateLinkRules } = await import('../../src/lib/content/rules/template-links');
    const template: ContentFile = { collection: 'templates', path: 'content/templates/t.mdx', text: '---\ntitle: 会议记录（样式）\nsummary: 示例。\npillar: 议事规则\nupdated: 2026-11-24\n---\n\n样式。\n' };
    expect(lines(templateLinkRules(model(template, guide('参考本站《会议记录（样式）》填写。'))))).toEqual(['8: 提到了文书范本《会议记录（样式）》却没有链接：请写成 [《会议记录（样式）》](/templates/t/)']);
    expect(lines(templateLinkRules(model(template, guide('参考本站[《会议记录（样式）》](/templates/t/)填写。'))))).toEqual([]);
  });
});

describe('single-source article numbers', () => {
  const STUDY = '---\ntitle: 测试条例\nissuer: 中共中央\nissued: 2020-01-01\nstatus: 现行有效\ncategory: 条例\nkind: 导读\nversion: 2020年版\nsummary: 示例。\narticles:\n  - n: 3\n    topic: 甲\n    facts: [1-01]\n  - n: 4\n    topic: 乙\n    facts: [1-02]\n    singleSource: true\n---\n\n导读。\n';
  const figures = (status: string): ContentFile => ({
    collection: 'figures',
    path: 'content/figures/f.yaml',
    text: `pillar: 议事规则\nfigures:\n  - id: f-1\n    topic: 期限\n    value: 1年\n    kind: 时限\n    reg: ce\n    art: 4\n    status: ${status}\n    facts: [1-02]\n`,
  });

  it('asks for <SingleSource /> in the same paragraph, heading or table cell as the citation', async () => {
    const { singleSourceRules } = await import('../../src/lib/content/rules/single-source');
    const page = guide('见 <Cite reg="ce" art={4} />。\n\n见 <Cite reg="ce" art={4} />。<SingleSource />\n\n见 <Cite reg="ce" art={3} />。\n\n| 事项 | 出处 |\n|---|---|\n| 甲 | <Cite reg="ce" art={4} /> |\n| 乙 | <Cite reg="ce" art={4} /><SingleSource /> |');
    expect(lines(singleSourceRules(model(reg('ce', STUDY), page)))).toEqual([
      '8: <Cite reg="ce" art={4} /> 引用的条号只有单一来源核实：在同一段（或同一表格单元格）加上 <SingleSource />',
      '16: <Cite reg="ce" art={4} /> 引用的条号只有单一来源核实：在同一段（或同一表格单元格）加上 <SingleSource />',
    ]);
  });

  it('does not let a figures row present a single-source article as settled', async () => {
    const { singleSourceRules } = await import('../../src/lib/content/rules/single-source');
    expect(lines(singleSourceRules(model(reg('ce', STUDY), figures('全国规定'))))).toEqual([
      '9: 数字“期限”引用的条号只有单一来源核实：status 应为“以正式文本为准”，并在 note 中写明“单一来源”',
    ]);
    expect(lines(singleSourceRules(model(reg('ce', STUDY), figures('以正式文本为准'))))).toEqual([]);
  });
});

describe('provenance', () => {
  const STUDY = '---\ntitle: 测试条例\nissuer: 中共中央\nissued: 2020-01-01\nstatus: 现行有效\ncategory: 条例\nkind: 导读\nversion: 2020年版\nsummary: 示例。\narticles:\n  - n: 3\n    topic: 甲\n    facts: [1-01]\n  - n: 4\n    topic: 乙\n    sheetRef: 第二轮清单1.2表\n  - n: 5\n    topic: 丙\n---\n\n## 第一章　总　则\n\n导读。\n';

  it('asks for fact ids beside citations of a study guide, accepting ids, named sheet tables and a comment after a table', async () => {
    const { provenanceRules } = await import('../../src/lib/content/rules/provenance');
    const page = guide('见 <Cite reg="ce" art={3} />。\n\n见 <Cite reg="ce" art={3} />。{/* 1-01 */}\n\n见 <Cite reg="ce" ch={1} />{/* 第二轮清单1.2表 */}，也见 <Cite reg="ce" />。\n\n| 事项 | 出处 |\n|---|---|\n| 甲 | <Cite reg="ce" art={4} /> |\n\n{/* round3 五 */}\n\n见 <Cite reg="shili" art={2} />（全文本身就是出处）。');
    expect(lines(provenanceRules(model(reg('ce', STUDY), reg(), page)))).toEqual([
      '8: <Cite reg="ce" art={3} /> 旁边没有注明依据：在同一段（或表格后）写上事实编号注释，例如 {/* 1-70 */}',
      '17: 第 5 条（articles）没有事实编号：写 facts，核查清单中该表没有编号的，用 sheetRef 写明清单和表',
    ].sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0])));
  });
});
