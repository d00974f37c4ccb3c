// On a page opened from a search result (?hl=…), marks the searched words in the section the
// link points to (or the whole text), so the reader sees at once why they landed here.
import { NOT_INDEXED_SELECTOR } from '../lib/indexed-region';

export function highlightLanding() {
  const words = (new URLSearchParams(window.location.search).get('hl') ?? '')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && w.length <= 50)
    .slice(0, 6);
  if (words.length === 0) return;
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
  const anchor = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  // An article or term is its own container; a heading's section runs on after it, so mark the whole text.
  const target = anchor && !/^H[1-6]$/.test(anchor.tagName) ? anchor : body;
  if (target) mark(target, words);
}

function mark(root: HTMLElement, words: string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(`script, style, button, mark, ${NOT_INDEXED_SELECTOR}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let marked = 0;
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
    if (++marked >= 50) break;
  }
}
