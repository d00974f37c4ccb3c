// Schema of an imported full text's body (the `text` tree of content/regulations/<slug>.json) and of
// its provenance. Every string is kept as written; the types are those of src/lib/full-text.ts.
import { z } from 'astro/zod';
import type { TextContent, TextNode } from '../lib/full-text';
import { partialDate, positiveInt } from './fields';

const plain = (label: string) => z.string({ error: `${label}应当是文字` });

const paragraph = z.object({ type: z.literal('paragraph'), text: plain('段落（text）') }).strict();
const table = z
  .object({
    type: z.literal('table'),
    rows: z.array(z.array(plain('表格单元格')), { error: '表格（rows）应当是行的列表' }).min(1, { error: '表格至少要有一行' }),
  })
  .strict();
const content: z.ZodType<TextContent> = z.discriminatedUnion('type', [paragraph, table]);

const article = z.object({ type: z.literal('article'), n: positiveInt('条号（n）'), children: z.array(content) }).strict();
const division = <T extends 'part' | 'chapter' | 'section'>(type: T) =>
  z.object({ type: z.literal(type), n: positiveInt('编号（n）'), title: plain('标题（title）'), children: z.array(z.lazy(() => node)) }).strict();
const attachments = z.object({ type: z.literal('attachments'), items: z.array(plain('附件名称')) }).strict();
const appendix = z.object({ type: z.literal('appendix'), label: plain('附件标签（label）'), title: plain('附件标题（title）'), children: z.array(content) }).strict();

const node: z.ZodType<TextNode> = z.lazy(() =>
  z.discriminatedUnion('type', [paragraph, table, article, division('part'), division('chapter'), division('section'), attachments, appendix]),
) as unknown as z.ZodType<TextNode>;

/** The 编/章/节/条 tree of a full text. */
export const fullTextSchema = z.array(node, { error: '全文（text）应当是章、条等的列表' });

/** Where an imported text came from: file name, fingerprint and how it was read. */
export const sourceSchema = z
  .object({
    /** File name as supplied (no folder). */
    file: plain('来源文件名（source.file）'),
    /** SHA-256 of the file's bytes, so a re-import of the same file can be recognised. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: '来源指纹（source.sha256）应当是 64 位十六进制数' }),
    /** How the file was read: docx, utf-8 or gb18030. */
    format: z.enum(['docx', 'utf-8', 'gb18030'], { error: '来源格式（source.format）只能是 docx / utf-8 / gb18030' }),
  })
  .strict();

/** The meeting or body that adopted the text before it was issued (…审议通过). */
export const adoptedSchema = z
  .object({
    date: partialDate('审议日期（adopted.date）'),
    by: plain('审议机构（adopted.by）').min(1),
  })
  .strict();
