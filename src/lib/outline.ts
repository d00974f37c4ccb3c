// Reads the structure of a regulation body written in Markdown: 章 (## 第X章), 节 (### 第X节) and
// 条 (a paragraph starting 第X条 followed by a space). Shared by the remark plugin that adds anchors
// and by the content check that validates numbering and citations, so both see the same structure.
import { numberedLabel, parseChineseNumeral } from './chinese-numerals';

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
const SPACE = '[\\s\\u3000]';

/** `第三章　讨论决定` (heading text) → 3 and the title. */
const CHAPTER_HEADING = new RegExp(`^第(${NUMERAL})章(?:${SPACE}+(.*))?$`);
/** `第一节　一般规定` (heading text). */
const SECTION_HEADING = new RegExp(`^第(${NUMERAL})节(?:${SPACE}+(.*))?$`);
/** `第二十六条　……` at the start of a paragraph. The space after 条 is required, so prose such as
 * “第二十六条规定……” is never mistaken for an article. */
const ARTICLE_START = new RegExp(`^第(${NUMERAL})条(${SPACE}+|$)`);

/** A 项 or 目 paragraph inside an article: （一）…… */
export function isItemText(text: string): boolean {
  return /^（[一二三四五六七八九十]+）/.test(text);
}

export interface NumberedHeading {
  n: number;
  title: string;
}

/** Reads a chapter heading's text; null when it is not one. */
export function matchChapterHeading(text: string): NumberedHeading | null {
  return matchHeading(CHAPTER_HEADING, text);
}

/** Reads a section (节) heading's text; null when it is not one. */
export function matchSectionHeading(text: string): NumberedHeading | null {
  return matchHeading(SECTION_HEADING, text);
}

function matchHeading(pattern: RegExp, text: string): NumberedHeading | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  const n = parseChineseNumeral(m[1]!);
  return n === null ? null : { n, title: (m[2] ?? '').trim() };
}

/**
 * Reads the article number at the start of a paragraph, and the length of the
 * `第X条　` prefix (label plus spaces); null when the paragraph does not start an article.
 */
export function matchArticleStart(text: string): { n: number; label: string; prefixLength: number } | null {
  const m = ARTICLE_START.exec(text);
  if (!m) return null;
  const n = parseChineseNumeral(m[1]!);
  return n === null ? null : { n, label: `第${m[1]}条`, prefixLength: m[0].length };
}

export interface OutlineChapter extends NumberedHeading {
  line: number;
  sections: Array<NumberedHeading & { line: number }>;
}

export interface OutlineArticle {
  n: number;
  /** Chapter number, or null when the text has no chapters (or the article precedes them). */
  chapter: number | null;
  section: number | null;
  line: number;
}

export interface OutlineProblem {
  line: number;
  /** Which level of the structure is wrong. */
  level: 'chapter' | 'section' | 'article';
  message: string;
}

export interface Outline {
  chapters: OutlineChapter[];
  articles: OutlineArticle[];
  problems: OutlineProblem[];
}

/**
 * Scans a Markdown body (frontmatter removed) line by line. `firstLine` is the file line of the
 * body's first line, so reported lines point into the file. Fenced code is skipped.
 * Problems: chapter/article numbers out of sequence, an article outside any chapter when the
 * text has chapters, and an article with no text.
 */
export function parseOutline(body: string, firstLine = 1): Outline {
  const chapters: OutlineChapter[] = [];
  const articles: OutlineArticle[] = [];
  const problems: OutlineProblem[] = [];
  const lines = body.split(/\r?\n/);
  let inFence = false;
  let current: OutlineChapter | null = null;
  let section: number | null = null;
  let paragraphStart = true;

  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const text = raw.trim();
    if (/^(```|~~~)/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    if (text === '') {
      paragraphStart = true;
      return;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) {
      paragraphStart = true;
      const level = heading[1]!.length;
      const chapter = level === 2 ? matchChapterHeading(heading[2]!) : null;
      const sec = level === 3 ? matchSectionHeading(heading[2]!) : null;
      if (chapter) {
        const expected = chapters.length + 1;
        if (chapter.n !== expected) {
          problems.push({ line, level: 'chapter', message: `章号不连续：这里是${numberedLabel(chapter.n, '章')}，应为${numberedLabel(expected, '章')}` });
        }
        current = { ...chapter, line, sections: [] };
        chapters.push(current);
        section = null;
      } else if (sec && current) {
        const expected = current.sections.length + 1;
        if (sec.n !== expected) {
          problems.push({ line, level: 'section', message: `节号不连续：${numberedLabel(current.n, '章')}中这里应为${numberedLabel(expected, '节')}` });
        }
        current.sections.push({ ...sec, line });
        section = sec.n;
      }
      return;
    }
    if (!paragraphStart) return;
    paragraphStart = false;
    const article = matchArticleStart(text);
    if (!article) return;
    const previous = articles[articles.length - 1];
    const expected = (previous?.n ?? 0) + 1;
    if (article.n !== expected) {
      const what = articles.some((a) => a.n === article.n) ? '条号重复' : '条号不连续';
      problems.push({
        line,
        level: 'article',
        message: previous
          ? `${what}：${numberedLabel(previous.n, '条')}之后是${article.label}，应为${numberedLabel(expected, '条')}`
          : `${what}：第一条应为${numberedLabel(1, '条')}，这里是${article.label}`,
      });
    }
    if (text.length <= article.prefixLength && nextParagraphIsStructure(lines, i)) {
      problems.push({ line, level: 'article', message: `${article.label}没有内容` });
    }
    articles.push({ n: article.n, chapter: (current as OutlineChapter | null)?.n ?? null, section, line });
  });

  if (chapters.length > 0) {
    for (const a of articles.filter((a) => a.chapter === null)) {
      problems.push({ line: a.line, level: 'article', message: `${numberedLabel(a.n, '条')}不在任何一章之内（正文已经分章）` });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { chapters, articles, problems };
}

/** True when the text after line i (skipping blanks) is a heading, another article, or the end. */
function nextParagraphIsStructure(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (t === '') continue;
    return t.startsWith('#') || matchArticleStart(t) !== null;
  }
  return true;
}
