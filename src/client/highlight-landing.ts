// On a page opened from a search result (?hl=…), marks the searched words where the link points —
// the article, table row or term it names, or the section under a heading — and makes sure the
// first mark is on screen (inside a closed <details> too), so the reader sees at once why they
// landed here. Only when the target holds no match is the whole text marked.
import { NOT_INDEXED_SELECTOR } from '../lib/indexed-region';

const MAX_MARKS = 50;

export function highlightLanding() {
  const words = (new URLSearchParams(window.location.search).get('hl') ?? '')
    .split(/\s+/)
    .map((w) => w.trim())
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
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
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

function mark(roots: HTMLElement[], words: string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(`script, style, button, mark, ${NOT_INDEXED_SELECTOR}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const text = node.data;
      const lower = text.toLowerCase();
      let index = -1;
      let word = '';
      for (const w of words) {
        const i = lower.indexOf(w.toLowerCase());
        if (i !== -1 && (index === -1 || i < index)) [index, word] = [i, w];
      }
      if (index === -1) continue;
      const hit = node.splitText(index);
      hit.splitText(word.length);
      const markEl = document.createElement('mark');
      markEl.className = 'search-hit';
      hit.replaceWith(markEl);
      markEl.append(hit);
      marks.push(markEl);
      if (marks.length >= MAX_MARKS) return marks;
    }
  }
  return marks;
}
