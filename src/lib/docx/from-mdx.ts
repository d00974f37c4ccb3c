// A template or 范本 as a Word document (.docx, made with the `docx` library) from the same parsed
// MDX the page is rendered from, so a township can adapt it in Word or WPS. Text is typeset the
// way official documents usually are (仿宋 body, 黑体 headings); site links become plain text, since
// their addresses mean nothing inside a document; comments are dropped.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { AlignType, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { attributesOf, type AttributeValue, type MdxTree } from '../content/mdx';

export interface DocxFigure {
  topic: string;
  value: string;
  source: string;
  status: string;
}

/** What the document needs from the site: the text of components, as the page shows it. */
export interface DocxResolvers {
  /** <Cite …/>: 《简称》第某条. */
  cite(attributes: Map<string, AttributeValue>): string;
  /** <Term id/> without children: the term itself. */
  term(id: string): string;
  /** <Figures …/>: the rows it shows. */
  figures(attributes: Map<string, AttributeValue>): DocxFigure[];
}

export interface DocxSource {
  title: string;
  /** One line under the title saying what the document is and where it comes from. */
  notice: string;
  tree: MdxTree;
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
/** Sizes in half-points: 三号 16 pt for text, 小四 12 pt in tables, 二号 22 pt for the title. */
const SIZE = { body: 32, table: 24, title: 44, notice: 21 };
const SINGLE_SOURCE = '（单一来源·以正式文本为准）';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  size: number;
}

export function documentFromMdx(source: DocxSource, resolve: DocxResolvers): Document {
  const component = (node: Jsx, style: RunStyle): TextRun[] => {
    const attributes = attributesOf(node);
    switch (node.name) {
      case 'Cite':
        return [run(resolve.cite(attributes), style)];
      case 'Term': {
        const id = attributes.get('id');
        return node.children.length > 0 ? inline(node.children as PhrasingContent[], style) : [run(resolve.term(String(id)), style)];
      }
      case 'SingleSource':
        return [run(SINGLE_SOURCE, { ...style, size: Math.min(style.size, SIZE.table) })];
      default:
        return inline(node.children as PhrasingContent[], style);
    }
  };

  const inline = (nodes: PhrasingContent[], style: RunStyle): TextRun[] =>
    nodes.flatMap((node): TextRun[] => {
      switch (node.type) {
        case 'text':
          return [run(node.value.replace(/\s*\n\s*/g, ''), style)];
        case 'inlineCode':
          return [run(node.value, style)];
        case 'strong':
          return inline(node.children, { ...style, bold: true });
        case 'emphasis':
          return inline(node.children, { ...style, italics: true });
        case 'delete':
          return inline(node.children, { ...style, strike: true });
        case 'link':
          return inline(node.children, style);
        case 'break':
          return [new TextRun({ break: 1 })];
        case 'mdxJsxTextElement':
          return component(node, style);
        default:
          return []; // comments ({/* … */}), raw HTML, images: not part of the document
      }
    });

  const paragraph = (children: ParagraphChild[], indentLevel = 0, extra: { prefix?: string; size?: number } = {}) =>
    new Paragraph({
      children: extra.prefix ? [run(extra.prefix, { size: extra.size ?? SIZE.body }), ...children] : children,
      indent: indentLevel > 0 ? { left: 420 * indentLevel, hanging: extra.prefix ? 420 : 0 } : undefined,
      spacing: { after: 80, line: 360 },
    });

  const table = (node: MdTable): Table => {
    const align = (a: AlignType | undefined) => (a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: node.children.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: row.children.map(
              (cell, c) =>
                new TableCell({
                  children: [
                    new Paragraph({
                      alignment: align(node.align?.[c] ?? undefined),
                      children: inline(cell.children, { size: SIZE.table, bold: r === 0 }),
                    }),
                  ],
                }),
            ),
          }),
      ),
    });
  };

  const figuresTable = (rows: DocxFigure[]): Table =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [['事项', '数字', '出处', '性质'], ...rows.map((f) => [f.topic, f.value, f.source, f.status])].map(
        (cells, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [run(text, { size: SIZE.table, bold: r === 0 })] })] })),
          }),
      ),
    });

  const blocks = (nodes: RootContent[], indentLevel = 0): Array<Paragraph | Table> =>
    nodes.flatMap((node): Array<Paragraph | Table> => {
      switch (node.type) {
        case 'heading':
          return [
            new Paragraph({
              heading: node.depth <= 2 ? HeadingLevel.HEADING_1 : node.depth === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
              children: inline(node.children, { size: SIZE.body }),
            }),
          ];
        case 'paragraph':
          return [paragraph(inline(node.children, { size: SIZE.body }), indentLevel)];
        case 'list': {
          let number = node.start ?? 1;
          return node.children.flatMap((item) => {
            const prefix = node.ordered ? `${number++}．` : '• ';
            const [first, ...rest] = item.children;
            const head =
              first?.type === 'paragraph'
                ? [paragraph(inline(first.children, { size: SIZE.body }), indentLevel + 1, { prefix })]
                : [paragraph([], indentLevel + 1, { prefix }), ...(first ? blocks([first], indentLevel + 1) : [])];
            return [...head, ...blocks(rest, indentLevel + 1)];
          });
        }
        case 'table':
          return [table(node), new Paragraph({ children: [] })];
        case 'blockquote':
          return blocks(node.children, indentLevel + 1);
        case 'code':
          return node.value.split('\n').map((line) => paragraph([run(line, { size: SIZE.table })], indentLevel));
        case 'thematicBreak':
          return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } })];
        case 'mdxJsxFlowElement':
          if (node.name === 'Figures') return [figuresTable(resolve.figures(attributesOf(node))), new Paragraph({ children: [] })];
          if (node.name === 'Cite' || node.name === 'Term' || node.name === 'SingleSource') return [paragraph(component(node, { size: SIZE.body }), indentLevel)];
          return blocks(node.children as RootContent[], indentLevel); // layout wrappers such as <div className="fill-in-table">
        default:
          return []; // comments, ESM, HTML, definitions
      }
    });

  return new Document({
    title: source.title,
    description: source.notice,
    creator: '组工知识库',
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: SIZE.body } },
        heading1: { run: { font: HEADING_FONT, size: SIZE.body, bold: false, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: { ...BODY_FONT, eastAsia: '楷体' }, size: SIZE.body, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: BODY_FONT, size: SIZE.body, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, // GB/T 9704 margins (37/35/28/26 mm)
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: source.title, font: TITLE_FONT, size: SIZE.title, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: source.notice, size: SIZE.notice, color: '666666' })] }),
          ...blocks(source.tree.children),
        ],
      },
    ],
  });
}

/** Emphasis in Chinese text is set in 楷体 rather than slanted. */
function run(text: string, style: RunStyle): TextRun {
  const options: IRunOptions = { text, size: style.size, bold: style.bold, strike: style.strike, font: style.italics ? { ...BODY_FONT, eastAsia: '楷体' } : undefined };
  return new TextRun(options);
}

/** The .docx bytes. */
export async function docxBytes(source: DocxSource, resolve: DocxResolvers): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toBuffer(documentFromMdx(source, resolve)));
}
