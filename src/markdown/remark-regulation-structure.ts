// Remark plugin: gives regulation structure stable anchors and markup.
//   ## 第三章　讨论决定      → <h2 id="ch-3" class="chapter">
//   ### 第一节　一般规定     → <h3 id="ch-3-sec-1" class="section">
//   第二十六条　……（段落）  → <section id="art-26" class="article" data-article="26"> with the
//                              label in <span class="art-no"> and a 复制引用 / 链接 toolbar;
//                              the following paragraphs (款, 项) stay inside that section.
// Articles are wrapped only in full texts (frontmatter kind: 全文); chapter ids apply everywhere.
import type { Heading, Paragraph, Root, RootContent, PhrasingContent } from 'mdast';
import { articleId, chapterId, sectionId } from '../lib/anchors';
import { numberedLabel } from '../lib/chinese-numerals';
import { articleStartOf, isItemText, matchChapterHeading, matchSectionHeading, nodeText } from '../lib/outline';

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** An mdast node rendered as an arbitrary HTML element (mdast-util-to-hast honours data.hName). */
function element(tag: string, properties: Record<string, unknown>, children: Array<RootContent | PhrasingContent>): RootContent {
  return { type: 'paragraph', data: { hName: tag, hProperties: properties }, children } as unknown as RootContent;
}

export default function remarkRegulationStructure() {
  return (tree: Root, file: VFileLike) => {
    const isFullText = file.data.astro?.frontmatter?.kind === '全文';
    const out: RootContent[] = [];
    let chapter: number | null = null;
    let article: { children: RootContent[] } | null = null;

    for (const node of tree.children) {
      if (node.type === 'heading') {
        article = null;
        const isChapter = labelHeading(node, (n) => (chapter = n), () => chapter);
        out.push(node);
        // A chapter can be cited too (study guides cite chapters where no article number is verified).
        if (isChapter && chapter !== null) out.push(chapterTools(chapter));
        continue;
      }
      if (isFullText && node.type === 'paragraph') {
        const start = articleStartOf(node);
        if (start) {
          splitLabel(node, start.prefixLength, start.label);
          const section = element(
            'section',
            { id: articleId(start.n), className: ['article'], dataArticle: String(start.n), dataSearchTitle: start.label },
            [toolbar(start.n, start.label), node],
          ) as unknown as { children: RootContent[] };
          out.push(section as unknown as RootContent);
          article = section;
          continue;
        }
        if (article && isItem(node)) {
          node.data = { ...node.data, hProperties: { className: ['item'] } };
        }
      }
      if (article && node.type !== 'thematicBreak') {
        article.children.push(node);
      } else {
        out.push(node);
      }
    }
    tree.children = out;
  };
}

/** Gives chapter and section headings their ids; returns true for a chapter heading. */
function labelHeading(node: Heading, setChapter: (n: number) => void, currentChapter: () => number | null): boolean {
  const text = nodeText(node);
  if (node.depth === 2) {
    const chapter = matchChapterHeading(text);
    if (chapter) {
      setChapter(chapter.n);
      node.data = { ...node.data, hProperties: { id: chapterId(chapter.n), className: ['chapter'] } };
      return true;
    }
  } else if (node.depth === 3) {
    const section = matchSectionHeading(text);
    const ch = currentChapter();
    if (section && ch !== null) {
      node.data = { ...node.data, hProperties: { id: sectionId(ch, section.n), className: ['section'] } };
    }
  }
  return false;
}

function chapterTools(n: number): RootContent {
  return tools('div', numberedLabel(n, '章'), chapterId(n), ['chapter-tools']);
}

/** Moves the 第X条 label of the first text node into its own <span class="art-no">. */
function splitLabel(node: Paragraph, prefixLength: number, label: string) {
  const first = node.children[0] as { value: string };
  const rest = first.value.slice(prefixLength);
  node.children.splice(
    0,
    1,
    element('span', { className: ['art-no'] }, [{ type: 'text', value: label }]) as unknown as PhrasingContent,
    { type: 'text', value: `\u3000${rest}` },
  );
}

/** （一）…… and 1. …… paragraphs inside an article are items (项/目). */
function isItem(node: Paragraph): boolean {
  const first = node.children[0];
  return first?.type === 'text' && isItemText(first.value);
}

function toolbar(n: number, label: string): RootContent {
  return tools('span', label, articleId(n), []);
}

/** 复制引用 and 链接 for a chapter or article; the copy script adds the 《全称》 in front. */
function tools(tag: string, label: string, anchor: string, extraClasses: string[]): RootContent {
  return element(tag, { className: ['art-tools', ...extraClasses] }, [
    element('button', { type: 'button', className: ['copy-cite'], dataCite: label, title: `复制引用：${label}` }, [
      { type: 'text', value: '复制引用' },
    ]) as unknown as PhrasingContent,
    element('a', { className: ['art-link'], href: `#${anchor}`, title: `${label}的链接`, ariaLabel: `${label}的链接` }, [
      { type: 'text', value: '链接' },
    ]) as unknown as PhrasingContent,
  ]);
}
