// Checks on the text of built pages: Markdown that did not render — `**` left in the text when
// emphasis met Chinese punctuation — is a defect a reader sees. Imported official texts are shown
// exactly as supplied (they may contain asterisks), so their region is not checked.
import { parse } from 'node-html-parser';

/** Markup left as text in a page: each as a short excerpt around it. */
export function literalMarkup(html: string): string[] {
  const root = parse(html);
  const main = root.querySelector('main');
  if (!main) return [];
  for (const el of main.querySelectorAll('.imported-text, script, style, code, pre')) el.remove();
  const text = main.text;
  const found: string[] = [];
  for (let i = text.indexOf('**'); i !== -1; i = text.indexOf('**', i + 2)) found.push(text.slice(Math.max(0, i - 12), i + 14).replace(/\s+/g, ' '));
  return found;
}
