// Reads the plain text of a Chinese regulation (as exported from .docx/.txt) into its structure:
// title, 题注, 编/章/节, 条 with their 款/项/目 paragraphs, and 附件 — skipping a 目录 block — and
// reports every structural problem with its source line. Pure: text in, structure out.
import { parseChineseNumeral } from '../chinese-numerals';

export type Block =
  | { kind: 'part' | 'chapter' | 'section'; n: number; title: string; line: number }
  | { kind: 'article'; n: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'appendix'; title: string; line: number };

export interface ImportProblem {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedRegulationText {
  title: string | null;
  /** The parenthesised line(s) under the title: approval and issue dates. */
  note: string | null;
  /** What the 题注 says, when it can be read: 发布日期、发文机关、施行日期. */
  noteMeta: { issued?: string; issuer?: string; effective?: string };
  blocks: Block[];
  problems: ImportProblem[];
}

const NUM = '([零〇一二两三四五六七八九十百千]+|[0-9０-９]+)';
const SPACE = '[\\s\\u3000]';
const HEADING = {
  part: new RegExp(`^第${NUM}编(?:${SPACE}+(.*))?$`),
  chapter: new RegExp(`^第${NUM}章(?:${SPACE}*(.*))?$`),
  section: new RegExp(`^第${NUM}节(?:${SPACE}*(.*))?$`),
};
const ARTICLE = new RegExp(`^第${NUM}条(${SPACE}*)(.*)$`);
const APPENDIX = /^附\s*件[\s\u3000：:0-9０-９一二三四五六七八九十]*(.*)$/;
const TOC = /^目\s*录$/;
const NOTE = /^[（(].*[）)]$/;

function toNumber(text: string): number | null {
  return parseChineseNumeral(text.normalize('NFKC'));
}

/** Trims and turns every run of spaces into one full-width space, as headings are typeset. */
function squeeze(text: string): string {
  return text.trim().replace(/[\s\u3000]+/g, '\u3000');
}

/** 2019年3月17日 → 2019-03-17 */
function isoFromChinese(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Reads issue date, issuer and effective date out of a 题注 such as （2019年3月17日中共中央发布）. */
export function readNote(note: string): ParsedRegulationText['noteMeta'] {
  const meta: ParsedRegulationText['noteMeta'] = {};
  const text = note.normalize('NFKC');
  const issued = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*([^\s\d，,；;）)]{2,30}?)(?:发布|印发)/.exec(text);
  if (issued) {
    meta.issued = isoFromChinese(issued[1]!, issued[2]!, issued[3]!);
    meta.issuer = issued[4]!;
  }
  const effective = /(\d{4})年(\d{1,2})月(\d{1,2})日起?施行/.exec(text);
  if (effective) meta.effective = isoFromChinese(effective[1]!, effective[2]!, effective[3]!);
  return meta;
}

export function parseRegulationText(raw: string): ParsedRegulationText {
  const problems: ImportProblem[] = [];
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let title: string | null = null;
  let note: string | null = null;
  let inToc = false;
  let tocFirstHeading: string | null = null;
  let inAppendix = false;
  let lastArticle = 0;
  let chapterCount = 0;
  let sectionCount = 0;
  let partCount = 0;

  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const text = rawLine.replace(/[\s\u3000\u00a0]+$/, '').replace(/^[\s\u3000\u00a0]+/, '');
    if (!text) return;
    checkCharacters(text, line, problems);

    if (title === null) {
      title = squeeze(text);
      return;
    }
    if (blocks.length === 0 && note === null && NOTE.test(text) && !inToc) {
      note = text;
      return;
    }
    if (TOC.test(text)) {
      inToc = true;
      return;
    }
    const heading = matchHeading(text);
    if (inToc) {
      // The 目录 lists headings; the body starts when the first listed heading comes round again,
      // or at the first article.
      if (heading && tocFirstHeading === null) {
        tocFirstHeading = squeeze(text);
        return;
      }
      if (heading && squeeze(text) !== tocFirstHeading) return;
      if (!heading && !ARTICLE.test(text) && !/^附\s*则$/.test(text)) return;
      if (/^附\s*则$/.test(text) && tocFirstHeading !== null) return;
      inToc = false;
    }

    if (inAppendix) {
      blocks.push({ kind: 'paragraph', text, line });
      return;
    }
    const appendix = APPENDIX.exec(text);
    if (appendix && lastArticle > 0 && !ARTICLE.test(text)) {
      inAppendix = true;
      blocks.push({ kind: 'appendix', title: squeeze(text), line });
      return;
    }

    if (heading) {
      const { kind, n, title: headingTitle } = heading;
      if (kind === 'part') {
        partCount++;
        if (n !== partCount) problems.push({ line, severity: 'error', message: `编号不连续：应为第${partCount}编，这里是第${n}编` });
      } else if (kind === 'chapter') {
        chapterCount++;
        sectionCount = 0;
        if (n !== chapterCount) problems.push({ line, severity: 'error', message: `章号不连续或重复：应为第${chapterCount}章，这里是第${n}章` });
      } else {
        sectionCount++;
        if (n !== sectionCount) problems.push({ line, severity: 'error', message: `节号不连续：本章应为第${sectionCount}节，这里是第${n}节` });
      }
      blocks.push({ kind, n, title: headingTitle, line });
      return;
    }

    const article = ARTICLE.exec(text);
    if (article) {
      const n = toNumber(article[1]!);
      // “第一条规定的……” without a space is prose unless it is exactly the next article.
      if (n !== null && (article[2]!.length > 0 || article[3] === '' || n === lastArticle + 1)) {
        if (n !== lastArticle + 1) {
          const what = n <= lastArticle ? '条号重复或倒退' : '条号不连续';
          problems.push({ line, severity: 'error', message: `${what}：第${lastArticle}条之后应为第${lastArticle + 1}条，这里是第${n}条` });
        }
        lastArticle = Math.max(lastArticle, n);
        const body = article[3]!.trim();
        blocks.push({ kind: 'article', n, text: body, line });
        return;
      }
    }

    const previous = blocks[blocks.length - 1];
    if (previous?.kind === 'article' && previous.text === '') {
      previous.text = text; // the article's text started on the next line
      return;
    }
    blocks.push({ kind: 'paragraph', text, line });
  });

  // Articles before the first chapter when the text has chapters.
  if (blocks.some((b) => b.kind === 'chapter')) {
    for (const b of blocks) {
      if (b.kind === 'chapter') break;
      if (b.kind === 'article') problems.push({ line: b.line, severity: 'error', message: `第${b.n}条在第一章之前（正文已经分章）` });
    }
  }
  // An article still without text was followed directly by a heading or another article.
  for (const b of blocks) {
    if (b.kind === 'article' && b.text === '') problems.push({ line: b.line, severity: 'error', message: `第${b.n}条没有内容` });
  }
  if (title === null) problems.push({ line: 1, severity: 'error', message: '文件是空的' });
  else if (lastArticle === 0) problems.push({ line: 1, severity: 'error', message: '没有找到任何“第X条”：请确认这是按条排列的法规文本' });

  problems.sort((a, b) => a.line - b.line);
  return { title, note, noteMeta: note ? readNote(note) : {}, blocks, problems };
}

function matchHeading(text: string): { kind: 'part' | 'chapter' | 'section'; n: number; title: string } | null {
  for (const kind of ['part', 'chapter', 'section'] as const) {
    const m = HEADING[kind].exec(text);
    if (!m) continue;
    const n = toNumber(m[1]!);
    const title = squeeze(m[2] ?? '');
    // A heading is short; a long line starting 第X章 is prose that mentions a chapter.
    if (n !== null && title.length <= 30 && !/[。；]$/.test(title)) return { kind, n, title };
  }
  return null;
}

function checkCharacters(text: string, line: number, problems: ImportProblem[]) {
  if (text.includes('\uFFFD')) {
    problems.push({ line, severity: 'error', message: '有无法识别的字符（�）：文件编码可能不对，试试 --encoding gb18030 或 --encoding utf-8' });
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) problems.push({ line, severity: 'error', message: `有控制字符（U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}）` });
  if (/[\ue000-\uf8ff]/.test(text)) problems.push({ line, severity: 'warning', message: '有私用区字符（可能是造字或特殊符号），请核对显示是否正确' });
}
