// Header combobox: results as you type (the search bundle is loaded on first use), arrow keys and
// Enter, Escape to close; a slow older result never overwrites a newer one; when the index cannot be
// loaded it says so, with a retry button, instead of "nothing found".
import { preloadSearch, recentSearches, rememberSearch, runSearch, SearchUnavailableError, type ClientResult } from './client';
import { highlightWords, renderExcerpt, showFailure, summaryText, withHighlight } from './render';
import { siteUrl } from '../site-root';
import { searchPagePath } from '../../lib/routes';

export function wireSearchBox(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const popup = form.querySelector<HTMLElement>('.search-popup')!;
  const status = popup.querySelector<HTMLElement>('.search-status')!;
  const list = popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
  let active = -1;
  let timer: number | undefined;

  const options = () => Array.prototype.slice.call(list.querySelectorAll('[role="option"]')) as HTMLElement[];
  const clear = () => {
    while (list.firstChild) list.removeChild(list.firstChild);
    for (const b of Array.prototype.slice.call(popup.querySelectorAll('.search-retry')) as HTMLElement[]) b.remove();
  };
  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  };
  const setActive = (index: number) => {
    const all = options();
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    active = index;
    const current = all[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const option = (label: string, href: string, detail?: HTMLElement, className = '') => {
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.id = `site-search-opt-${list.children.length}`;
    li.className = `search-option ${className}`;
    // An option holds no link: a listbox option may not contain interactive elements, so the
    // option itself carries the address and opens it (Ctrl/⌘ or middle click: a new tab).
    li.setAttribute('data-href', href);
    const name = document.createElement('span');
    name.className = 'search-option-label';
    name.textContent = label;
    li.appendChild(name);
    if (detail) li.appendChild(detail);
    list.appendChild(li);
  };
  const follow = (li: HTMLElement, newTab: boolean) => {
    const href = li.getAttribute('data-href')!;
    if (newTab) window.open(href, '_blank', 'noopener');
    else window.location.assign(href);
  };
  const optionOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest('[role="option"]') as HTMLElement | null) : null;
  list.addEventListener('click', (event) => {
    const li = optionOf(event.target);
    if (!li) return;
    rememberSearch(input.value);
    follow(li, event.ctrlKey || event.metaKey || event.shiftKey);
  });
  list.addEventListener('auxclick', (event) => {
    const li = optionOf(event.target);
    if (li && event.button === 1) follow(li, true);
  });
  const resultsPage = (q: string) => siteUrl(searchPagePath(q));

  function showRecent() {
    const recent = recentSearches();
    clear();
    if (recent.length === 0) return open(false);
    status.textContent = '最近的搜索';
    for (const q of recent) option(q, resultsPage(q), undefined, 'search-option-recent');
    open(true);
  }

  async function update() {
    const raw = input.value;
    if (!raw.trim()) return showRecent();
    status.textContent = '正在搜索…';
    open(true);
    let result: ClientResult | null;
    try {
      result = await runSearch(raw, { limit: 6 });
    } catch (error) {
      if (input.value !== raw) return;
      clear();
      showFailure(status, error instanceof SearchUnavailableError ? error.failures : [], () => void update());
      return;
    }
    if (result === null || input.value !== raw) return; // a newer search is under way
    clear();
    for (const j of result.jumps) option(`直达 ${j.label}`, j.url, undefined, 'search-option-jump');
    for (const r of result.named) option(`打开《${r.title}》`, r.url, undefined, 'search-option-jump');
    for (const s of result.suggestions) option(`您要找的是不是：${s.text}（${s.kind}）`, resultsPage(s.text), undefined, 'search-option-suggestion');
    for (const doc of result.documents) {
      const words = highlightWords(result, doc.matchedForms);
      const best = doc.sections[0];
      const label = best && best.title !== doc.title ? `${doc.title} › ${best.title}` : doc.title;
      option(label, withHighlight(best ? best.url : doc.url, words), best ? renderExcerpt(best.excerpt) : undefined, 'search-option-doc');
      for (const s of doc.sections.slice(1, 3)) option(s.title, withHighlight(s.url, words), undefined, 'search-option-section');
    }
    option(`查看全部结果：“${raw.trim().slice(0, 30)}”`, resultsPage(raw.trim()), undefined, 'search-option-all');
    status.textContent = summaryText(result, raw);
    setActive(-1);
  }

  input.addEventListener('focus', () => {
    preloadSearch();
    if (!input.value.trim()) showRecent();
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), 120);
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    if (event.key === 'ArrowDown' && all.length) {
      event.preventDefault();
      open(true);
      setActive((active + 1) % all.length);
    } else if (event.key === 'ArrowUp' && all.length) {
      event.preventDefault();
      setActive(active <= 0 ? all.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && all[active]) {
      event.preventDefault();
      rememberSearch(input.value);
      follow(all[active]!, event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape') {
      open(false);
    }
  });
  form.addEventListener('submit', () => rememberSearch(input.value));
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  // The bundle may arrive after the user started typing or focused the box.
  if (document.activeElement === input) {
    preloadSearch();
    if (input.value.trim()) void update();
    else showRecent();
  }
}
