// The regulation text parser on texts the tests write themselves (invented rules): structure, 题注,
// 附件, tables, problems with their source lines, and that every line's text survives as written.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parseRegulationText } from '../../src/lib/import/parse-regulation-text';
import { readNote } from '../../src/lib/import/note';
import { textToItems } from '../../src/lib/import/source';
import { guessCategory } from '../../src/lib/import/category';
import { slugFromName } from '../../src/lib/import/slug-from-name';
import { walkText, type TextNode } from '../../src/lib/full-text';
import { toChineseNumeral } from '../../src/lib/chinese-numerals';

const SAMPLE = fs.readFileSync('tests/fixtures/import/xianwei-changwei-guize.txt', 'utf8');
const parse = (text: string) => parseRegulationText(textToItems(text));

/** The tree as short tokens: chapter1 [ article1 … ] */
function shape(nodes: readonly TextNode[]): string[] {
  return nodes.flatMap((n): string[] => {
    switch (n.type) {
      case 'part':
      case 'chapter':
      case 'section':
        return [`${n.type}${n.n}`, ...shape(n.children), `/${n.type}`];
      case 'article':
        return [`article${n.n}:${n.children.length}`];
      case 'appendix':
        return [`appendix(${n.label}|${n.title}):${n.children.length}`];
      case 'attachments':
        return [`attachments:${n.items.join('/')}`];
      default:
        return [n.type];
    }
  });
}

describe('parseRegulationText', () => {
  it('reads title, 题注, 目录-skipped structure, 款/项/目 and the 附件 list', () => {
    const parsed = parse(SAMPLE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe('某县委常委会议事规则（示例）');
    expect(parsed.noteMeta).toEqual({ issued: '2024-05-10', issuer: '中共某县委员会', adopted: { date: '2024-05-08', by: '中共某县委员会常务委员会会议' } });
    expect(shape(parsed.text)).toEqual([
      'chapter1', 'article1:1', 'article2:1', '/chapter',
      'chapter2', 'section1', 'article3:4', 'article4:1', '/section', 'section2', 'article5:1', 'article6:4', '/section', '/chapter',
      'chapter3', 'article7:2', 'article8:1', '/chapter',
      'chapter4', 'article9:1', 'article10:1', '/chapter',
      'attachments:常委会议题申报表（示例）', 'paragraph',
    ]);
    expect(parsed.text[0]).toMatchObject({ type: 'chapter', title: '总\u3000则' });
  });

  it('keeps every line of an article exactly as written, however it looks', () => {
    const lines = ['export const p = 1', 'import x from "y"', '{', '}', '<script>alert(1)</script>', '&lt;b&gt;', '---', '-', '# 标题', '|a|b|', '[x](javascript:alert(1))', '`code`', '**加粗**', 'https://www.12380.gov.cn。'];
    const parsed = parse(['示例规则', '第一条　开头。', ...lines, '第二条　结尾。'].join('\n'));
    expect(parsed.problems).toEqual([]);
    const first = parsed.text[0];
    expect(first?.type === 'article' && first.children.map((c) => (c.type === 'paragraph' ? c.text : ''))).toEqual(['开头。', ...lines]);
  });

  it('reports a numbering gap and a duplicate with their lines', () => {
    expect(parse('示例规则\n第一条　甲。\n第三条　乙。\n第三条　丙。').problems).toEqual([
      { line: 3, severity: 'error', message: '条号不连续：第一条之后应为第二条，这里是第三条' },
      { line: 4, severity: 'error', message: '条号重复或倒退：第三条之后应为第四条，这里是第三条' },
    ]);
  });

  it('reports an article before the first chapter, an empty article, and encoding damage', () => {
    const messages = parse('示例规则\n第一条　甲。\n第一章　总则\n第二条\n第三条　乙\uFFFD。').problems.map((p) => `${p.line}:${p.message}`);
    expect(messages).toEqual([
      '2:第一条不在任何一章之内（正文已经分章）',
      '4:第二条没有内容',
      expect.stringMatching(/^5:有无法识别的字符/),
    ]);
  });

  it('takes an article whose text starts on the next line, and full-width or half-width spaces', () => {
    const parsed = parse('示例规则\n第一条\n内容在下一行。\n第二条 半角空格。\n第三条\u3000全角空格。');
    expect(parsed.problems).toEqual([]);
    expect(parsed.text.map((n) => (n.type === 'article' && n.children[0]?.type === 'paragraph' ? n.children[0].text : ''))).toEqual(['内容在下一行。', '半角空格。', '全角空格。']);
  });

  it('numbers up to 第九千九百九十九条, and refuses 第10000条 with a sentence', () => {
    const lines = ['示例规则', ...Array.from({ length: 205 }, (_, i) => `第${toChineseNumeral(i + 1)}条　第${i + 1}条的内容。`)];
    const parsed = parse(lines.join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.text.map((n) => (n.type === 'article' ? n.n : 0)).slice(-3)).toEqual([203, 204, 205]);
    const last = parse(['示例规则', '第九千九百九十八条　甲。', '第九千九百九十九条　乙。', '第10000条　丙。'].join('\n')).problems.map((p) => p.message);
    expect(last).toContain('编号 10000 太大：本站最多支持到第九千九百九十九条（章、节、编同样）');
  });

  it('does not mistake prose mentioning an article for a new article', () => {
    const parsed = parse('示例规则\n第一条　甲。\n第一条规定的事项，按照本规则办理。\n第二条　乙。');
    expect(shape(parsed.text)).toEqual(['article1:2', 'article2:1']);
    expect(parsed.problems).toEqual([]);
  });

  it('reports an empty file and a text without articles', () => {
    expect(parse('').problems[0]!.message).toBe('文件是空的');
    expect(parse('一份通知\n请各单位遵照执行。').problems[0]!.message).toContain('没有任何条文');
  });

  it('reads a 附件 list of several items and each 附件 body with its title', () => {
    const parsed = parse(['示例规则', '第一条　甲。', '附件：1.登记表', '2.汇总表', '附件1', '登记表', '姓名、单位。', '附件2：汇总表', '合计。'].join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(shape(parsed.text)).toEqual(['article1:1', 'attachments:1.登记表/2.汇总表', 'appendix(附件1|登记表):1', 'appendix(附件2|汇总表):1']);
  });

  it('keeps a table of a .docx under its article', () => {
    const parsed = parseRegulationText([
      { line: 1, text: '示例规则' },
      { line: 2, text: '第一条　标准如下：' },
      { line: 3, table: [['职级', '年限'], ['一级', '2年']] },
      { line: 4, text: '第二条　乙。' },
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.text[0]).toEqual({ type: 'article', n: 1, children: [{ type: 'paragraph', text: '标准如下：' }, { type: 'table', rows: [['职级', '年限'], ['一级', '2年']] }] });
  });

  it('joins a title that runs over two lines and reads a 题注 over two lines', () => {
    const parsed = parse('中国共产党某某地方\n组织工作条例\n（2020年1月5日某县委印发，\n自2020年2月1日起施行）\n第一条　甲。');
    expect(parsed.title).toBe('中国共产党某某地方组织工作条例');
    expect(parsed.noteMeta).toEqual({ issued: '2020-01-05', issuer: '某县委', effective: '2020-02-01' });
  });

  it('walks every node of the tree once', () => {
    expect([...walkText(parse(SAMPLE).text)].filter((w) => w.node.type === 'article')).toHaveLength(10);
  });
});

describe('readNote', () => {
  it('takes the 印发/发布 date as issued and records the body that adopted it', () => {
    expect(readNote('（2019年3月3日中央政治局会议审议批准　2019年3月17日中共中央发布）')).toEqual({
      issued: '2019-03-17', issuer: '中共中央', adopted: { date: '2019-03-03', by: '中央政治局会议' },
    });
    expect(readNote('（2025年3月10日县委常委会会议审议通过　2025年3月15日印发）')).toEqual({
      issued: '2025-03-15', adopted: { date: '2025-03-10', by: '县委常委会会议' },
    });
  });
  it('uses the body that passed it when nothing was 印发', () => {
    expect(readNote('（2025年3月1日某村党支部委员会通过）')).toEqual({ issued: '2025-03-01', issuer: '某村党支部委员会' });
  });
  it('reads 修订 and several dates, and the date it takes effect', () => {
    expect(readNote('（2002年7月9日中共中央印发　2014年1月14日中共中央修订）')).toEqual({ issued: '2002-07-09', issuer: '中共中央' });
    expect(readNote('（2014年1月14日中共中央修订）')).toEqual({ issued: '2014-01-14', issuer: '中共中央' });
    expect(readNote('（2020年1月5日某县委印发，自2020年2月1日起施行）')).toEqual({ issued: '2020-01-05', issuer: '某县委', effective: '2020-02-01' });
    expect(readNote('（２０２０年１月５日中共某县委员会、某县人民政府发布）')).toEqual({ issued: '2020-01-05', issuer: '中共某县委员会、某县人民政府' });
  });
  it('reads nothing from a note without dates', () => {
    expect(readNote('（试行）')).toEqual({});
  });
});

describe('names', () => {
  it('guesses the category from the title', () => {
    expect(guessCategory('某县委常委会议事规则')).toBe('规则');
    expect(guessCategory('关于加强某工作的通知')).toBe('规范性文件');
  });
  it('turns a Chinese file name into a pinyin slug', () => {
    expect(slugFromName('/x/县委常委会议事规则.docx')).toBe('xian-wei-chang-wei-hui-yi-shi-gui-ze');
    expect(slugFromName('某县委常委会议事规则（2025年修订）.txt')).toBe('mou-xian-wei-chang-wei-hui-yi-shi-gui-ze-2025-nian-xiu-ding');
    expect(slugFromName('绿化规定 v2.txt')).toBe('lv-hua-gui-ding-v2');
    expect(slugFromName('xianwei-changwei-guize.txt')).toBe('xianwei-changwei-guize');
    expect(slugFromName('《》.txt')).toBe('');
    expect(slugFromName(`${'长'.repeat(40)}.txt`).length).toBeLessThanOrEqual(60);
  });
});
