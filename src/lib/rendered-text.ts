// Checks on the text of built pages, for defects a reader would see: Markdown that did not render
// (`**` left in the text when emphasis met Chinese punctuation), and fact-sheet ids, which are for the
// site's checks and mean nothing to a reader. Imported official texts are shown exactly as supplied
// (they may contain asterisks or numbers like 1-12), so their region is not checked.
import { parse } from 'node-html-parser';

export interface RenderedDefect {
  kind: 'markup' | 'fact-id';
  /** A short excerpt around the defect. */
  excerpt: string;
}

/** A fact-sheet id as the sheets write them: 1-70, 11-00a, 12-109. */
const FACT_ID = /(?<![\d.\-/:])\d{1,2}-\d{2,3}[a-z]?(?![\d\-/:])|事实编号|核查编号/g;

function pageText(html: string): string {
  const main = parse(html).querySelector('main');
  if (!main) return '';
  for (const el of main.querySelectorAll('.imported-text, script, style, code, pre')) el.remove();
  return main.text;
}

const around = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 12), at + length + 12).replace(/\s+/g, ' ');

/** What a reader should not see in a page's main text. */
export function renderedDefects(html: string): RenderedDefect[] {
  const text = pageText(html);
  const found: RenderedDefect[] = [];
  for (let i = text.indexOf('**'); i !== -1; i = text.indexOf('**', i + 2)) found.push({ kind: 'markup', excerpt: around(text, i, 2) });
  for (const m of text.matchAll(FACT_ID)) found.push({ kind: 'fact-id', excerpt: around(text, m.index, m[0].length) });
  return found;
}
