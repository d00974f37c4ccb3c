// Prepares a built page for the search indexer (the published HTML is never changed):
// - what is not the page's own text (tools, related links: src/lib/indexed-region.ts) is dropped;
// - every block of text gets its pair tokens (src/lib/search-tokens.ts) appended, so exact Chinese
//   phrases can be found; heading tokens go right after the heading, weighted like the heading;
// - elements marked data-search-title (articles, verified-article entries, glossary terms) get a
//   heading carrying their id, because Pagefind makes deep-linked sub-results only from headings.
import { parse, HTMLElement, NodeType, type Node } from 'node-html-parser';
import { indexTokens } from './search-tokens';
import { NOT_INDEXED_SELECTOR } from './indexed-region';

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'blockquote', 'caption', 'figcaption', 'pre', 'summary', 'div', 'section', 'header', 'article', 'aside', 'nav', 'ol', 'ul', 'dl', 'table', 'tbody', 'thead', 'tr', 'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
const SKIP = new Set(['script', 'style', 'template', 'button', 'svg', 'noscript']);

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function ignored(el: HTMLElement): boolean {
  return SKIP.has(el.rawTagName?.toLowerCase() ?? '') || el.hasAttribute('hidden');
}

/** Text of the node's own inline content: descends into inline elements, stops at nested blocks. */
function inlineText(el: HTMLElement): string {
  let text = '';
  for (const child of el.childNodes) {
    if (isElement(child)) {
      if (ignored(child) || BLOCKS.has(child.rawTagName.toLowerCase())) continue;
      text += inlineText(child);
    } else if (child.nodeType === NodeType.TEXT_NODE) {
      text += child.text;
    }
  }
  return text;
}

function tokenSpan(tokens: string, weight?: number): string {
  return `<span${weight ? ` data-pagefind-weight="${weight}"` : ''}> ${tokens} </span>`;
}

const CELLS = new Set(['td', 'th']);

/**
 * A table row is one block: its cells' tokens (cells kept apart by a break) go at the end of the
 * last cell, so a match anywhere in the row brings the whole row — topic, figure, source — into
 * the excerpt.
 */
function addRowTokens(row: HTMLElement) {
  const cells = row.childNodes.filter((c): c is HTMLElement => isElement(c) && CELLS.has(c.rawTagName.toLowerCase()) && !ignored(c));
  const tokens = indexTokens(cells.map(inlineText).join(' ｜ '));
  if (tokens && cells.length > 0) cells[cells.length - 1]!.insertAdjacentHTML('beforeend', tokenSpan(tokens, Number(row.getAttribute('data-search-weight')) || undefined));
}

function addTokens(el: HTMLElement) {
  const tag = el.rawTagName?.toLowerCase() ?? '';
  for (const child of [...el.childNodes]) {
    // Cells of a row are tokenized with their row (their nested blocks on their own).
    if (!isElement(child) || ignored(child)) continue;
    if (tag === 'tr' && CELLS.has(child.rawTagName.toLowerCase())) {
      for (const inner of [...child.childNodes]) if (isElement(inner) && !ignored(inner)) addTokens(inner);
    } else {
      addTokens(child);
    }
  }
  if (tag === 'tr') return addRowTokens(el);
  if (!BLOCKS.has(tag) || ignored(el)) return;
  const tokens = indexTokens(inlineText(el));
  if (!tokens) return;
  const weight = Number(el.getAttribute('data-search-weight')) || HEADING_WEIGHT[tag];
  // Right after the element's own text: before a nested block (a <p> under a linked <li>), whose
  // text and tokens would otherwise sit between this text and its tokens.
  const nestedBlock = el.childNodes.find((c): c is HTMLElement => isElement(c) && !ignored(c) && BLOCKS.has(c.rawTagName.toLowerCase()));
  if (tag in HEADING_WEIGHT) {
    el.insertAdjacentHTML('afterend', tokenSpan(tokens, weight));
  } else if (nestedBlock) {
    nestedBlock.insertAdjacentHTML('beforebegin', tokenSpan(tokens, weight));
  } else {
    el.insertAdjacentHTML('beforeend', tokenSpan(tokens, weight));
  }
}

const HEADING = /^h[1-6]$/i;

/**
 * Elements with data-search-title become sections: their id moves to a new heading inside them.
 * Pagefind's sections run from one heading to the next, so after the last of a run of such
 * elements (the last row of a table, the last article) an empty heading repeats the id of the
 * section they sit in: text after a table belongs to that section again, not to the table's last row.
 */
function addSectionHeadings(body: HTMLElement) {
  let current: string | null = null;
  const marked = new Set(body.querySelectorAll('[data-search-title][id]'));
  for (const el of body.querySelectorAll('*')) {
    if (HEADING.test(el.rawTagName) && el.id && !el.closest('[data-search-title]')) current = el.id;
    if (!marked.has(el)) continue;
    const id = el.id;
    const title = el.getAttribute('data-search-title')!;
    el.removeAttribute('id');
    el.insertAdjacentHTML('afterbegin', `<h4 id="${escapeAttribute(id)}">${escapeText(title)}</h4>`);
    const next = el.nextElementSibling;
    if (current && !(next && marked.has(next))) el.insertAdjacentHTML('afterend', `<h4 id="${escapeAttribute(current)}"></h4>`);
  }
}

/**
 * Returns the HTML to hand to Pagefind for one built page, or null when the page has no indexed
 * region (data-pagefind-body).
 */
export function prepareForIndex(html: string): string | null {
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  for (const el of body.querySelectorAll(NOT_INDEXED_SELECTOR)) el.remove();
  addSectionHeadings(body);
  addTokens(body);
  return root.toString();
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
