// Checks on the text of built pages, for defects a reader would see: Markdown that did not render
// (`**` left in the text when emphasis met Chinese punctuation), fact-sheet ids, which are for the
// site's checks and mean nothing to a reader, and a space between two Chinese characters (a line
// break inside a sentence in a template, which browsers show as a gap). Imported official texts are
// shown exactly as supplied (they may contain asterisks, numbers like 1-12 or spaces), so their
// region is not checked.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

export interface RenderedDefect {
  kind: 'markup' | 'fact-id' | 'space';
  /** A short excerpt around the defect. */
  excerpt: string;
}

/** A fact-sheet id as the sheets write them: 1-70, 11-00a, 12-109. */
const FACT_ID = /(?<![\d.\-/:])\d{1,2}-\d{2,3}[a-z]?(?![\d\-/:])|事实编号|核查编号/g;

/** The text of <main> (this removes what is left out from the parsed page). */
function mainText(root: HTMLElement): string {
  const main = root.querySelector('main');
  if (!main) return '';
  for (const el of main.querySelectorAll('.imported-text, script, style, code, pre')) el.remove();
  return main.text;
}

/** Elements whose text runs on inside the surrounding sentence; any other element is a box of its own. */
const INLINE = new Set(['a', 'span', 'strong', 'em', 'b', 'i', 'u', 's', 'abbr', 'cite', 'small', 'sup', 'sub', 'mark', 'q', 'time', 'dfn', 'var', 'bdi', 'bdo', 'br', 'wbr']);
/** Inline elements the stylesheet shows as boxes of their own: a figure's note under its topic, a term's pop-up definition. */
const BOXED_CLASSES = ['figure-note', 'term-tip'];
/** Text that is not running prose: code, what to type, and what is never shown as text. */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template', 'textarea', 'select', 'svg']);
/** A Chinese character or closing mark, blank space, a Chinese character or opening mark. */
const SPACE_IN_CHINESE = /[\p{Script=Han}，。；：、！？）》”’][ \t\r\n]+[\p{Script=Han}（《“‘]/gu;

/** The running text of every box in the page's body (each element's own inline text, nested boxes apart). */
function proseRuns(root: HTMLElement): string[] {
  const body = root.querySelector('body');
  if (!body) return [];
  const runs: string[] = [];
  const visit = (el: HTMLElement): string => {
    let text = '';
    for (const child of el.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) text += (child as Node).text;
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const element = child as HTMLElement;
      const tag = element.rawTagName.toLowerCase();
      if (NOT_PROSE.has(tag) || element.classList.contains('imported-text')) continue;
      if (INLINE.has(tag) && !BOXED_CLASSES.some((c) => element.classList.contains(c))) text += visit(element);
      else runs.push(visit(element));
    }
    return text;
  };
  runs.push(visit(body));
  return runs;
}

const around = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 12), at + length + 12).replace(/\s+/g, ' ');

/** What a reader should not see: markup and fact ids in the main text, spaces inside Chinese anywhere in the body. */
export function renderedDefects(html: string): RenderedDefect[] {
  const root = parse(html);
  // The runs first: reading the main text removes elements from the parsed page.
  const runs = proseRuns(root);
  const text = mainText(root);
  const found: RenderedDefect[] = [];
  for (let i = text.indexOf('**'); i !== -1; i = text.indexOf('**', i + 2)) found.push({ kind: 'markup', excerpt: around(text, i, 2) });
  for (const m of text.matchAll(FACT_ID)) found.push({ kind: 'fact-id', excerpt: around(text, m.index, m[0].length) });
  for (const run of runs) for (const m of run.matchAll(SPACE_IN_CHINESE)) found.push({ kind: 'space', excerpt: around(run, m.index, m[0].length) });
  return found;
}
