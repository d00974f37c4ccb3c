// The data model of an imported full text (content/regulations/<slug>.json): the 编/章/节/条 tree with
// every 款/项/目 and table cell as a plain string. Imported text is data: it is rendered only as text
// nodes, never parsed as Markdown, MDX or HTML. This module owns the tree's shape, the structural
// rules both the import tool and the content check apply, and the outline the site reads from it.
import { chapterId, partId, sectionId } from './anchors';
import { MAX_CHINESE_NUMERAL, numberedLabel } from './chinese-numerals';
import type { Outline, OutlineChapter, OutlineArticle } from './outline';

export interface TextParagraph {
  type: 'paragraph';
  text: string;
}

/** A table kept as rows of cell texts (merged cells are repeated as empty cells). */
export interface TextTable {
  type: 'table';
  rows: string[][];
}

export type TextContent = TextParagraph | TextTable;

export interface TextArticle {
  type: 'article';
  n: number;
  /** 款/项/目 in order; the first paragraph is the article's own text after 第N条. */
  children: TextContent[];
}

export interface TextDivision {
  type: 'part' | 'chapter' | 'section';
  n: number;
  title: string;
  children: TextNode[];
}

/** The 附件 list printed after the last article, each item as written (e.g. 1.某某登记表). */
export interface TextAttachmentList {
  type: 'attachments';
  items: string[];
}

/** The body of one 附件: its label (附件1), title and content. */
export interface TextAppendix {
  type: 'appendix';
  label: string;
  title: string;
  children: TextContent[];
}

export type TextNode = TextDivision | TextArticle | TextContent | TextAttachmentList | TextAppendix;

/** A position in the tree as a path of keys, the way schema errors name it: ['text', 2, 'children', 0]. */
export type TextPath = Array<string | number>;

export interface TextProblem {
  path: TextPath;
  message: string;
}

const DIVISION_UNIT = { part: '编', chapter: '章', section: '节' } as const;

/** Walks the tree in reading order, with each node's path (under `root`). */
export function* walkText(nodes: readonly TextNode[], root: TextPath = ['text']): Generator<{ node: TextNode; path: TextPath }> {
  for (const [i, node] of nodes.entries()) {
    const path = [...root, i];
    yield { node, path };
    if (node.type === 'part' || node.type === 'chapter' || node.type === 'section') {
      yield* walkText(node.children, [...path, 'children']);
    }
  }
}

/**
 * The structural rules of a full text, applied by the import tool before it writes and by the
 * content check before a build, so a text the tool accepts is a text the build accepts:
 * 编, 章 and 条 numbered 1, 2, 3 … through the text; 节 restart in each 章; every article has text;
 * when the text is divided into chapters no article stands outside one; numbers stay ≤ 9999.
 */
export function checkFullText(nodes: readonly TextNode[], root: TextPath = ['text']): TextProblem[] {
  const problems: TextProblem[] = [];
  const expected = { part: 1, chapter: 1, article: 1 };
  let sectionExpected = 1;
  let hasChapters = false;
  let articles = 0;
  const outside: Array<{ n: number; path: TextPath }> = [];

  const visit = (list: readonly TextNode[], base: TextPath, inChapter: boolean) => {
    list.forEach((node, i) => {
      const path = [...base, i];
      if ('n' in node && node.n > MAX_CHINESE_NUMERAL) {
        problems.push({ path: [...path, 'n'], message: `编号 ${node.n} 太大：本站最多支持到第九千九百九十九条（章、节、编同样）` });
        return;
      }
      switch (node.type) {
        case 'part':
        case 'chapter':
        case 'section': {
          const unit = DIVISION_UNIT[node.type];
          if (node.type === 'section') {
            if (!inChapter) problems.push({ path, message: `${numberedLabel(node.n, '节')}不在任何一章之内` });
            else if (node.n !== sectionExpected) problems.push({ path: [...path, 'n'], message: `节号不连续：本章这里应为${numberedLabel(sectionExpected, '节')}，实际是${numberedLabel(node.n, '节')}` });
            sectionExpected = node.n + 1;
          } else {
            const key = node.type;
            if (node.n !== expected[key]) {
              problems.push({ path: [...path, 'n'], message: `${unit}号不连续或重复：这里应为${numberedLabel(expected[key], unit)}，实际是${numberedLabel(node.n, unit)}` });
            }
            expected[key] = node.n + 1;
            if (key === 'chapter') {
              hasChapters = true;
              sectionExpected = 1;
            }
          }
          visit(node.children, [...path, 'children'], inChapter || node.type === 'chapter');
          break;
        }
        case 'article': {
          articles++;
          if (node.n !== expected.article) {
            const what = node.n < expected.article ? '条号重复或倒退' : '条号不连续';
            problems.push({
              path: [...path, 'n'],
              message: expected.article === 1
                ? `${what}：第一条应为${numberedLabel(1, '条')}，这里是${numberedLabel(node.n, '条')}`
                : `${what}：${numberedLabel(expected.article - 1, '条')}之后应为${numberedLabel(expected.article, '条')}，这里是${numberedLabel(node.n, '条')}`,
            });
          }
          expected.article = Math.max(expected.article, node.n + 1);
          const first = node.children[0];
          if (!first || (first.type === 'paragraph' && first.text.trim() === '')) {
            problems.push({ path, message: `${numberedLabel(node.n, '条')}没有内容` });
          }
          if (!inChapter) outside.push({ n: node.n, path });
          break;
        }
        default:
          break;
      }
    });
  };
  visit(nodes, root, false);
  if (hasChapters) {
    for (const a of outside) problems.push({ path: a.path, message: `${numberedLabel(a.n, '条')}不在任何一章之内（正文已经分章）` });
  }
  if (articles === 0) problems.push({ path: root, message: '全文中没有任何条文（第一条、第二条……）' });
  return problems;
}

/** The chapters and articles of a full text, in the shape the site reads from every regulation. */
export function outlineOfFullText(nodes: readonly TextNode[]): Outline {
  const chapters: OutlineChapter[] = [];
  const articles: OutlineArticle[] = [];
  let chapter: OutlineChapter | null = null;
  let section: number | null = null;
  const visit = (list: readonly TextNode[]) => {
    for (const node of list) {
      if (node.type === 'chapter') {
        chapter = { n: node.n, title: node.title, line: 0, sections: [] };
        chapters.push(chapter);
        section = null;
        visit(node.children);
        chapter = null;
      } else if (node.type === 'section') {
        section = node.n;
        (chapter as OutlineChapter | null)?.sections.push({ n: node.n, title: node.title, line: 0 });
        visit(node.children);
        section = null;
      } else if (node.type === 'part') {
        visit(node.children);
      } else if (node.type === 'article') {
        articles.push({ n: node.n, chapter: (chapter as OutlineChapter | null)?.n ?? null, section, line: 0 });
      }
    }
  };
  visit(nodes);
  return { chapters, articles, problems: [] };
}

/** Every article of a text by number (the first one wins if numbers repeat). */
export function articlesByNumber(nodes: readonly TextNode[]): Map<number, TextArticle> {
  const map = new Map<number, TextArticle>();
  for (const { node } of walkText(nodes)) if (node.type === 'article' && !map.has(node.n)) map.set(node.n, node);
  return map;
}

/** The plain text of an article: its paragraphs and table cells, one per line. */
export function articlePlainText(article: TextArticle): string {
  return article.children
    .map((c) => (c.type === 'paragraph' ? c.text : c.rows.map((r) => r.join('\t')).join('\n')))
    .join('\n');
}

/** A heading of the text for the page outline: 编, 章, 节 and 附件, with the ids the page gives them. */
export interface TextHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** `appendix-2` for the second 附件 body. */
export function appendixId(index: number): string {
  return `appendix-${index}`;
}

export function headingsOfFullText(nodes: readonly TextNode[]): TextHeading[] {
  const headings: TextHeading[] = [];
  let chapter = 0;
  let appendix = 0;
  for (const { node } of walkText(nodes)) {
    if (node.type === 'part') headings.push({ depth: 2, id: partId(node.n), text: divisionLabel(node) });
    else if (node.type === 'chapter') {
      chapter = node.n;
      headings.push({ depth: 2, id: chapterId(node.n), text: divisionLabel(node) });
    } else if (node.type === 'section') headings.push({ depth: 3, id: sectionId(chapter, node.n), text: divisionLabel(node) });
    else if (node.type === 'appendix') headings.push({ depth: 2, id: appendixId(++appendix), text: `${node.label}${node.title ? `\u3000${node.title}` : ''}` });
  }
  return headings;
}

/** 第三章　讨论决定 */
export function divisionLabel(node: TextDivision): string {
  return `${numberedLabel(node.n, DIVISION_UNIT[node.type])}${node.title ? `\u3000${node.title}` : ''}`;
}
