// Reads the source items of a Chinese regulation (lines of a .txt, paragraphs and tables of a .docx)
// into its full-text tree: title, 题注, 编/章/节, 条 with their 款/项/目, tables, the 附件 list and 附件
// bodies — skipping a 目录 block — keeping every line's text exactly as written. Pure: items in,
// tree out; the structural rules are those of src/lib/full-text.ts, reported with source positions.
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../chinese-numerals';
import { checkFullText, type TextAppendix, type TextArticle, type TextContent, type TextDivision, type TextNode } from '../full-text';
import { readNote, type NoteMeta } from './note';
import type { SourceItem } from './source';

export interface ImportProblem {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedRegulationText {
  title: string | null;
  /** The parenthesised line(s) under the title, as written. */
  note: string | null;
  /** What the 题注 says, when it can be read: dates, issuer, adopting body. */
  noteMeta: NoteMeta;
  text: TextNode[];
  problems: ImportProblem[];
}

const NUM = `([${CHINESE_NUMERAL_CHARS}]+|[0-9０-９]+)`;
const SPACE = '[\\s\\u3000]';
const HEADING = {
  part: new RegExp(`^第${NUM}编(?:${SPACE}+(.*))?$`),
  chapter: new RegExp(`^第${NUM}章(?:${SPACE}*(.*))?$`),
  section: new RegExp(`^第${NUM}节(?:${SPACE}*(.*))?$`),
};
const ARTICLE = new RegExp(`^第${NUM}条(${SPACE}*)(.*)$`);
/** 附件：1.某某表 — the list of attachments under the last article. */
const ATTACHMENT_LIST = /^附\s*件\s*[：:]\s*(.*)$/;
/** 1.某某表 / 2、某某表 — a further item of that list. */
const LIST_ITEM = /^[0-9０-９]{1,2}\s*[.．、]\s*\S/;
/** 附件1 / 附件 2：某某表 — the start of an attachment's body. */
const APPENDIX_START = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[：:]\s*(.*))?$/;
const TOC = /^目\s*录$/;
const NOTE_OPEN = /^[（(]/;
const NOTE_CLOSE = /[）)]$/;
const TITLE_END = /(条例|规定|办法|规则|细则|准则|制度|守则|意见|通知|决定|章程|纪要|方案)(（[^）]*）)?$/;

function toNumber(text: string): number | null {
  return parseChineseNumeral(text.normalize('NFKC'));
}

/** Trims and turns every run of spaces into one full-width space, as headings are typeset. */
function squeeze(text: string): string {
  return text.trim().replace(/[\s\u3000]+/g, '\u3000');
}

function trimLine(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

function matchHeading(text: string): { kind: TextDivision['type']; n: number; title: string } | null {
  for (const kind of ['part', 'chapter', 'section'] as const) {
    const m = HEADING[kind].exec(text);
    if (!m) continue;
    const n = toNumber(m[1]!);
    const title = squeeze(m[2] ?? '');
    // A heading is short; a long line starting 第X章 is prose that mentions a chapter.
    if (n !== null && title.length <= 30 && !/[。；，]$/.test(title)) return { kind, n, title };
  }
  return null;
}

/** Builds the tree while remembering the source position of every node. */
class TreeBuilder {
  readonly root: TextNode[] = [];
  readonly lines = new Map<object, number>();
  private divisions: TextDivision[] = [];
  article: TextArticle | null = null;
  appendix: TextAppendix | null = null;
  lastArticle = 0;

  private container(): TextNode[] {
    return this.divisions.length > 0 ? this.divisions[this.divisions.length - 1]!.children : this.root;
  }

  division(kind: TextDivision['type'], n: number, title: string, line: number) {
    const rank = { part: 0, chapter: 1, section: 2 }[kind];
    while (this.divisions.length > 0 && { part: 0, chapter: 1, section: 2 }[this.divisions[this.divisions.length - 1]!.type] >= rank) this.divisions.pop();
    const node: TextDivision = { type: kind, n, title, children: [] };
    this.container().push(node);
    this.divisions.push(node);
    this.lines.set(node, line);
    this.article = null;
  }

  startArticle(n: number, text: string, line: number) {
    const node: TextArticle = { type: 'article', n, children: [] };
    this.container().push(node);
    this.lines.set(node, line);
    this.article = node;
    this.lastArticle = Math.max(this.lastArticle, n);
    if (text) this.content({ type: 'paragraph', text }, line);
  }

  startAppendix(label: string, title: string, line: number) {
    const node: TextAppendix = { type: 'appendix', label, title, children: [] };
    this.root.push(node);
    this.lines.set(node, line);
    this.appendix = node;
    this.divisions = [];
    this.article = null;
  }

  /** A paragraph or table: into the open appendix, article, or division, in that order. */
  content(node: TextContent, line: number) {
    (this.appendix ?? this.article ?? { children: this.container() }).children.push(node as TextNode & TextContent);
    this.lines.set(node, line);
  }

  top(node: TextNode, line: number) {
    this.root.push(node);
    this.lines.set(node, line);
    this.divisions = [];
    this.article = null;
  }
}

export function parseRegulationText(items: readonly SourceItem[]): ParsedRegulationText {
  const problems: ImportProblem[] = [];
  const tree = new TreeBuilder();
  const lines = items.filter((item) => 'table' in item || trimLine(item.text) !== '');
  let title: string | null = null;
  let titleLine = 1;
  let note: string | null = null;
  let i = 0;

  // Title: the first line, joined with the second when the name runs over two lines.
  const textAt = (k: number) => {
    const item = lines[k];
    return item && 'text' in item ? trimLine(item.text) : null;
  };
  const first = textAt(0);
  if (first !== null) {
    titleLine = lines[0]!.line;
    title = squeeze(first);
    i = 1;
    const second = textAt(1);
    if (second !== null && !TITLE_END.test(first) && TITLE_END.test(second) && !isStructure(second) && !NOTE_OPEN.test(second)) {
      title = squeeze(`${first}${second}`);
      i = 2;
    }
  }
  // 题注: a parenthesised block right under the title, possibly over several lines.
  const noteStart = textAt(i);
  if (noteStart !== null && NOTE_OPEN.test(noteStart)) {
    const parts = [noteStart];
    let k = i;
    while (!NOTE_CLOSE.test(parts[parts.length - 1]!) && k + 1 < lines.length && parts.length < 4 && textAt(k + 1) !== null && !isStructure(textAt(k + 1)!)) {
      parts.push(textAt(++k)!);
    }
    if (NOTE_CLOSE.test(parts[parts.length - 1]!)) {
      note = parts.join('\u3000');
      i = k + 1;
    }
  }

  let inToc = false;
  let tocFirstHeading: string | null = null;
  let inAttachmentList = false;

  for (; i < lines.length; i++) {
    const item = lines[i]!;
    const line = item.line;
    if ('table' in item) {
      inAttachmentList = false;
      item.table.flat().forEach((cellText) => checkCharacters(cellText, line, problems));
      tree.content({ type: 'table', rows: item.table }, line);
      continue;
    }
    const text = trimLine(item.text);
    checkCharacters(text, line, problems);

    if (TOC.test(text) && tree.lastArticle === 0 && !tree.appendix) {
      inToc = true;
      continue;
    }
    const heading = matchHeading(text);
    if (inToc) {
      // The 目录 lists headings; the body starts when the first listed heading comes round again,
      // or at the first article.
      if (heading && tocFirstHeading === null) {
        tocFirstHeading = squeeze(text);
        continue;
      }
      if (heading && squeeze(text) !== tocFirstHeading) continue;
      if (!heading && !ARTICLE.test(text)) continue;
      inToc = false;
    }

    // After the articles: the 附件 list, then each 附件's body.
    if (tree.lastArticle > 0) {
      // “附件：” with nothing between 附件 and the colon starts the list; its first item follows the colon.
      const list = ATTACHMENT_LIST.exec(text);
      if (list && !tree.appendix) {
        tree.top({ type: 'attachments', items: list[1] ? [list[1]] : [] }, line);
        inAttachmentList = true;
        continue;
      }
      if (inAttachmentList && LIST_ITEM.test(text)) {
        const node = tree.root[tree.root.length - 1];
        if (node?.type === 'attachments') {
          node.items.push(text);
          continue;
        }
      }
      inAttachmentList = false;
      const appendix = APPENDIX_START.exec(text);
      if (appendix && !ARTICLE.test(text)) {
        const label = squeeze(text.replace(/\s*[：:].*$/, ''));
        let appendixTitle = trimLine(appendix[2] ?? '');
        const next = textAt(i + 1);
        if (!appendixTitle && next !== null && next.length <= 40 && !APPENDIX_START.test(next) && !isStructure(next)) {
          appendixTitle = next;
          i++;
        }
        tree.startAppendix(label, appendixTitle, line);
        continue;
      }
    }

    if (tree.appendix) {
      tree.content({ type: 'paragraph', text }, line);
      continue;
    }

    if (heading) {
      tree.division(heading.kind, heading.n, heading.title, line);
      continue;
    }

    const article = ARTICLE.exec(text);
    if (article) {
      const n = toNumber(article[1]!);
      // “第一条规定的……” without a space is prose unless it is exactly the next article.
      if (n !== null && (article[2]!.length > 0 || article[3] === '' || n === tree.lastArticle + 1)) {
        tree.startArticle(n, article[3]!, line);
        continue;
      }
    }

    if (tree.article && tree.article.children.length === 0) {
      tree.content({ type: 'paragraph', text }, line); // the article's text started on the next line
      continue;
    }
    tree.content({ type: 'paragraph', text }, line);
  }

  if (title === null) {
    problems.push({ line: 1, severity: 'error', message: '文件是空的' });
  } else {
    for (const p of checkFullText(tree.root)) {
      problems.push({ line: lineOfPath(tree, p.path) ?? titleLine, severity: 'error', message: p.message });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { title, note, noteMeta: note ? readNote(note) : {}, text: tree.root, problems };
}

function isStructure(text: string): boolean {
  return matchHeading(text) !== null || ARTICLE.test(text) || TOC.test(text);
}

/** The source line of the node a problem path points into (the path's deepest node with a line). */
function lineOfPath(tree: TreeBuilder, path: ReadonlyArray<string | number>): number | undefined {
  let current: unknown = { text: tree.root };
  let line: number | undefined;
  for (const key of path) {
    current = (current as Record<string | number, unknown> | undefined)?.[key];
    if (current && typeof current === 'object') line = tree.lines.get(current) ?? line;
  }
  return line;
}

function checkCharacters(text: string, line: number, problems: ImportProblem[]) {
  if (text.includes('\uFFFD')) {
    problems.push({ line, severity: 'error', message: '有无法识别的字符（�）：文件编码可能不对，试试 --encoding gb18030 或 --encoding utf-8' });
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) problems.push({ line, severity: 'error', message: `有控制字符（U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}），文件可能已损坏` });
  if (/[\ue000-\uf8ff]/.test(text)) problems.push({ line, severity: 'warning', message: '有私用区字符（可能是造字或特殊符号），请核对显示是否正确' });
}
