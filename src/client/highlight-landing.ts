// On a page opened from a search result (?hl=…), marks the searched words where the link points —
// the article, table row or term it names, or the section under a heading — and makes sure the
// first mark is on screen (inside a closed <details> too), so the reader sees at once why they
// landed here. Only when the target holds no match is the whole text marked. A match may run
// across elements (a linked term, a 单一来源 note): it is marked piece by piece.
import { NOT_INDEXED_SELECTOR } from '../lib/indexed-region';

const MAX_MARKS = 50;

export function highlightLanding() {
  const words = (new URLSearchParams(window.location.search).get('hl') ?? '')
    .split(/\s+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && w.length <= 50)
    .slice(0, 6);
  if (words.length === 0) return;
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!body) return;
  const anchor = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  let marks: HTMLElement[] = [];
  if (anchor && /^H[1-6]$/.test(anchor.tagName)) marks = mark(sectionUnder(anchor), words);
  else if (anchor) marks = mark([anchor], words);
  if (marks.length === 0) marks = mark([body], words);
  const first = marks[0];
  if (!first) return;
  const closed = first.closest('details:not([open])');
  if (closed) (closed as HTMLDetailsElement).open = true;
  const row = first.closest('tr');
  if (row) row.classList.add('search-landing');
  showOnScreen(first);
  // The browser scrolls to the #fragment again once the page has loaded: check after that too.
  if (document.readyState !== 'complete') window.addEventListener('load', () => window.requestAnimationFrame(() => showOnScreen(first)), { once: true });
}

function showOnScreen(el: HTMLElement) {
  const box = el.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
}

/** The heading and what follows it up to the next heading of the same or a higher level. */
function sectionUnder(heading: HTMLElement): HTMLElement[] {
  const level = Number(heading.tagName[1]);
  const nodes: HTMLElement[] = [heading];
  for (let el = heading.nextElementSibling as HTMLElement | null; el; el = el.nextElementSibling as HTMLElement | null) {
    if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
    nodes.push(el);
  }
  return nodes;
}

/** The readable text nodes under root, in order (not tools, tooltips, scripts or existing marks). */
function textNodes(root: HTMLElement): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(`script, style, button, mark, ${NOT_INDEXED_SELECTOR}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps characters [from, to) of a text node in a mark; returns the mark. */
function wrap(node: Text, from: number, to: number): HTMLElement {
  const hit = node.splitText(from);
  hit.splitText(to - from);
  const markEl = document.createElement('mark');
  markEl.className = 'search-hit';
  hit.replaceWith(markEl);
  markEl.append(hit);
  return markEl;
}

function mark(roots: HTMLElement[], words: string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    // The text of the region as one string, with where each node starts in it.
    const nodes = textNodes(root);
    const starts: number[] = [];
    let text = '';
    for (const node of nodes) {
      starts.push(text.length);
      text += node.data;
    }
    const lower = text.toLowerCase();
    const hits: Array<[number, number]> = [];
    for (const word of words) {
      for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + word.length)) hits.push([i, i + word.length]);
    }
    hits.sort((a, b) => a[0] - b[0]);
    let covered = -1;
    // Marked back to front, so splitting a node never moves a later hit's offsets.
    const kept = hits.filter(([from, to]) => (from >= covered ? ((covered = to), true) : false)).slice(0, MAX_MARKS - marks.length);
    const made: HTMLElement[] = [];
    for (const [from, to] of kept.reverse()) {
      for (let n = nodes.length - 1; n >= 0; n--) {
        const start = starts[n]!;
        const end = start + nodes[n]!.data.length;
        if (end <= from || start >= to) continue;
        made.unshift(wrap(nodes[n]!, Math.max(from, start) - start, Math.min(to, end) - start));
      }
    }
    marks.push(...made);
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}
