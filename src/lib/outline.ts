// Reads the structure of a regulation body written in MDX: 章 (## 第X章), 节 (### 第X节) and 条 (a
// paragraph starting 第X条 followed by a space). Shared by the remark plugin that adds anchors and by
// the content model that validates numbering and citations, so both see the same structure.
import type { Paragraph, Root, RootContent } from 'mdast';
import { numberedLabel, parseChineseNumeral, CHINESE_NUMERAL_CHARS } from './chinese-numerals';

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
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

/** The text of a node and its descendants: heading text, a paragraph's words. */
export function nodeText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => nodeText(c as { children?: unknown[]; value?: unknown })).join('');
}

/** The 第X条 that starts a paragraph (its first text node), as the remark plugin reads it. */
export function articleStartOf(paragraph: Paragraph) {
  const first = paragraph.children[0];
  return first?.type === 'text' ? matchArticleStart(first.value) : null;
}

/**
 * Reads the structure of a parsed MDX body: chapters (## 第X章), their sections (### 第X节) and the
 * paragraphs that start an article (第X条 and a space) — the same top-level blocks the remark plugin
 * gives anchors. `firstLine` is the file line of the body's first line. Problems: chapter, section
 * or article numbers out of sequence, an article outside any chapter when the text has chapters, and
 * an article with no text.
 */
export function outlineOfTree(tree: Root, firstLine = 1): Outline {
  const chapters: OutlineChapter[] = [];
  const articles: OutlineArticle[] = [];
  const problems: OutlineProblem[] = [];
  let current: OutlineChapter | null = null;
  let section: number | null = null;
  const lineOf = (node: RootContent) => firstLine - 1 + (node.position?.start.line ?? 1);

  tree.children.forEach((node, i) => {
    const line = lineOf(node);
    if (node.type === 'heading') {
      const text = nodeText(node);
      const chapter = node.depth === 2 ? matchChapterHeading(text) : null;
      const sec = node.depth === 3 ? matchSectionHeading(text) : null;
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
    if (node.type !== 'paragraph') return;
    const article = articleStartOf(node);
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
    const next = tree.children[i + 1];
    const empty = nodeText(node).trim().length <= article.label.length;
    if (empty && (!next || next.type === 'heading' || (next.type === 'paragraph' && articleStartOf(next) !== null))) {
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
