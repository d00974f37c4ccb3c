// Templates as Word documents: the converter's output is read back with the site's own bounded
// .docx reader (as an independent check that the file opens and holds what the page shows) and its
// styles inspected in the raw XML.
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { docxBytes, type DocxResolvers } from '../../src/lib/docx/from-mdx';
import { parseMdx, type MdxTree } from '../../src/lib/content/mdx';
import { readDocx } from '../../src/lib/import/docx';

const resolvers: DocxResolvers = {
  cite: (a) => `《测试条例》${a.get('art') ? `第${a.get('art')}条` : ''}`,
  term: (id) => (id === 'fan-ti-si-bi' ? '凡提四必' : `?${id}`),
  figures: () => [{ topic: '公示期', value: '不少于5个工作日', source: '《测试条例》', status: '全国规定' }],
};

function tree(mdx: string): MdxTree {
  const parsed = parseMdx(mdx);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

async function texts(mdx: string): Promise<Array<string | string[][]>> {
  const bytes = await docxBytes({ title: '某某通知（样式）', notice: '本站整理的样式，非正式文件。', tree: tree(mdx) }, resolvers);
  const read = await readDocx(Buffer.from(bytes));
  return read.items.map((i) => ('text' in i ? i.text : i.table)).filter((t) => t !== '');
}

/** One part of a .docx as text (word/document.xml unless named). */
async function part(bytes: Uint8Array, name = 'word/document.xml'): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`no ${name}`)));
      zip.readEntry();
    });
  });
}

describe('a template as a .docx', () => {
  it('opens and holds the title, the notice, headings, paragraphs and lists in order', async () => {
    const out = await texts('## 使用说明\n\n- 第一点\n- 第二点\n\n1. 甲\n2. 乙\n\n## 样式\n\n**中共××镇委员会**\n\n正文一段。');
    expect(out).toEqual(['某某通知（样式）', '本站整理的样式，非正式文件。', '使用说明', '• 第一点', '• 第二点', '1．甲', '2．乙', '样式', '中共××镇委员会', '正文一段。']);
  });

  it('writes citations, terms and the single-source mark as the page shows them, and leaves comments out', async () => {
    const out = await texts('依据<Cite reg="x" art={8} />{/* 1-70 */}，即<Term id="fan-ti-si-bi" />和<Term id="fan-ti-si-bi">四必</Term>。<SingleSource />');
    expect(out.at(-1)).toBe('依据《测试条例》第8条，即凡提四必和四必。（单一来源·以正式文本为准）');
    expect(out.join('')).not.toContain('1-70');
  });

  it('keeps tables as tables, inside layout wrappers too, and figures as a table of their rows', async () => {
    const out = await texts('<div className="fill-in-table">\n\n| 项目 | 填写内容 |\n|---|---|\n| 时间 | ××××年××月××日 |\n\n</div>\n\n<Figures ids={["a"]} />');
    expect(out).toContainEqual([['项目', '填写内容'], ['时间', '××××年××月××日']]);
    expect(out).toContainEqual([['事项', '数字', '出处', '性质'], ['公示期', '不少于5个工作日', '《测试条例》', '全国规定']]);
  });

  it('links become their text: a site address means nothing inside a document', async () => {
    const out = await texts('见[表决结果记录（样式）](/templates/biaojue-jilu/)。');
    expect(out.at(-1)).toBe('见表决结果记录（样式）。');
  });

  it('keeps text that looks like markup as text', async () => {
    const bytes = await docxBytes({ title: '<script>alert(1)</script>', notice: 'a & b', tree: tree('`<w:p>` 与 &lt;b&gt;') }, resolvers);
    const xml = await part(bytes);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect((await readDocx(Buffer.from(bytes))).items.map((i) => ('text' in i ? i.text : '')).filter(Boolean)).toEqual(['<script>alert(1)</script>', 'a & b', '<w:p> 与 <b>']);
  });

  it('marks headings as Word headings (the navigation pane lists them), sets text in 仿宋 and headings in 黑体', async () => {
    const bytes = await docxBytes({ title: 'T', notice: 'N', tree: tree('## 标题\n\n正文') }, resolvers);
    expect(await part(bytes)).toMatch(/<w:pStyle w:val="Heading1"\/>.*?>标题</);
    const styles = await part(bytes, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体"/s);
  });
});
