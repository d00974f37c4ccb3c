// The .docx reader on files built by the tests: what it keeps (paragraphs, line breaks, tables,
// inserted text), what it leaves out (deleted text, field codes, text boxes), and how it refuses
// broken and hostile files — each with one Chinese sentence, before inflating anything large.
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, documentItems, readDocx } from '../../src/lib/import/docx';
import { SourceError } from '../../src/lib/import/source';
import { docx, docxFromLines, documentXml, paragraphXml, zip } from '../helpers/docx';

const texts = (xml: string) => documentItems(documentXml(xml)).items.map((i) => ('text' in i ? i.text : i.table));

async function refusal(bytes: Buffer): Promise<string> {
  const error = await readDocx(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  const message = (error as Error).message;
  expect(message).not.toMatch(/\n|at .*\(|[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/); // one line, no stack, no English sentence
  return message;
}

describe('documentItems', () => {
  it('keeps paragraphs, splits at line breaks, turns tabs into tab characters', () => {
    expect(texts(`${paragraphXml('第一条　甲。')}<w:p><w:r><w:t>一行</w:t><w:br/><w:t>二行</w:t><w:tab/><w:t>尾</w:t></w:r></w:p>`)).toEqual(['第一条　甲。', '一行', '二行\t尾']);
  });

  it('keeps what the XML escapes as text, once: &lt; stays <, &amp;lt; stays &lt;', () => {
    expect(texts('<w:p><w:r><w:t>&lt;script&gt; &amp;lt; &#x4E00; &#20108;</w:t></w:r></w:p>')).toEqual(['<script> &lt; 一 二']);
  });

  it('leaves out deleted revisions, field codes and fallbacks; keeps inserted text and hyperlinks', () => {
    const xml = '<w:p><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del>'
      + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
      + '<w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="end"/></w:r>'
      + '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>选</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>';
    expect(texts(xml)).toEqual(['新链接文字选']);
  });

  it('reads tables row by row, repeating merged cells as empty ones', () => {
    const xml = '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>标题</w:t></w:r></w:p></w:tc></w:tr>'
      + '<w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(texts(xml)).toEqual([[['标题', ''], ['甲\n乙', '丙']]]);
  });

  it('reports text boxes, footnotes and pictures it leaves out', () => {
    const xml = '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>';
    const { items, warnings } = documentItems(documentXml(xml));
    expect(items).toEqual([{ line: 1, text: '正文' }]);
    expect(warnings).toEqual(expect.arrayContaining(['文中有文本框，其中的文字没有导入', '文中有脚注或尾注，注释内容没有导入', '文中有图片或图形，没有导入']));
  });

  it('refuses a DOCTYPE (entity expansion) and undefined entities, in Chinese', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(() => documentItems(laughs)).toThrow(/DOCTYPE 声明/);
    expect(() => documentItems(documentXml('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>'))).toThrow(/不是有效的 XML/);
    expect(() => documentItems(documentXml('<w:p><w:r><w:t>没有闭合'))).toThrow(SourceError);
  });
});

describe('readDocx', () => {
  it('reads a well-formed file', async () => {
    const result = await readDocx(docxFromLines(['示例规则', '第一条　甲。', [['a', 'b']]]));
    expect(result.items).toEqual([{ line: 1, text: '示例规则' }, { line: 2, text: '第一条　甲。' }, { line: 3, table: [['a', 'b']] }]);
    expect(result.unit).toBe('段');
  });

  it('refuses files that are not zips, or zips without a document', async () => {
    expect(await refusal(Buffer.from('这不是 zip 文件'))).toContain('不是有效的 .docx 文件');
    expect(await refusal(Buffer.from('PK\u0003\u0004 truncated'))).toContain('不是有效的 .docx 文件');
    expect(await refusal(zip([{ name: 'other.xml', data: Buffer.from('<a/>') }]))).toContain('没有正文');
    const whole = docxFromLines(['示例规则']);
    expect(await refusal(whole.subarray(0, whole.length - 30))).toContain('不是有效的 .docx 文件');
  });

  it('refuses a compression bomb by its declared size and ratio, before inflating it', async () => {
    const bomb = Buffer.alloc(40 * 1024 * 1024, '<w:p><w:r><w:t>aa</w:t></w:r></w:p>');
    expect(await refusal(docx(bomb))).toMatch(/正文解压后 40 MB，超过上限|压缩比异常/);
    const ratio = Buffer.alloc(8 * 1024 * 1024, 'a');
    expect(await refusal(docx(ratio))).toContain('压缩比异常');
  });

  it('refuses when the headers lie about the size, as soon as more comes out', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, '<w:p><w:r><w:t>aa</w:t></w:r></w:p>');
    expect(await refusal(docx(big, [], { declaredSize: 1000 }))).toMatch(/解压出错|过大|损坏/);
  });

  it('refuses too many entries and too much in total, from the directory alone', async () => {
    const many = Array.from({ length: DOCX_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `word/media/${i}.xml`, data: Buffer.from('x'), store: true }));
    expect(await refusal(docx(documentXml(''), many))).toContain('个部件，超过上限');
    const total = Array.from({ length: 3 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.from('x'), declaredSize: 100 * 1024 * 1024 }));
    expect(await refusal(docx(documentXml(''), total))).toContain('可能是压缩炸弹');
  });
});
