// Header combobox. The search engine and renderer are imported on first use, so ordinary page
// loads stay light; results update as you type, older results never overwrite newer ones.
import type { ClientResult } from '../search/client';

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (form) wire(form);

function wire(form: HTMLFormElement) {
  const base = form.dataset.base ?? '/';
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const popup = form.querySelector<HTMLElement>('.search-popup')!;
  const status = popup.querySelector<HTMLElement>('.search-status')!;
  const list = popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
  let active = -1;
  let timer: number | undefined;
  const modules = () => Promise.all([import('../search/client'), import('../search/render')]);

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
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
    const a = document.createElement('a');
    a.href = href;
    a.tabIndex = -1;
    a.textContent = label;
    li.append(a);
    if (detail) li.append(detail);
    list.append(li);
  };

  async function showRecent() {
    const { recentSearches } = (await modules())[0];
    const recent = recentSearches();
    list.replaceChildren();
    if (recent.length === 0) return open(false);
    status.textContent = '最近的搜索';
    for (const q of recent) option(q, `${base}search/?q=${encodeURIComponent(q)}`, undefined, 'search-option-recent');
    open(true);
  }

  async function update() {
    const raw = input.value;
    if (!raw.trim()) return showRecent();
    const [{ runSearch }, render] = await modules();
    status.textContent = '正在搜索…';
    open(true);
    let result: ClientResult | null;
    try {
      result = await runSearch(base, raw, { limit: 6 });
    } catch {
      status.textContent = '搜索暂时不可用（搜索索引没有加载成功）。';
      return;
    }
    if (result === null || input.value !== raw) return; // a newer search is under way
    list.replaceChildren();
    const words = render.highlightWords(result);
    for (const j of result.jumps) option(`直达 ${j.label}`, j.url, undefined, 'search-option-jump');
    for (const r of result.named) option(`打开《${r.title}》`, r.url, undefined, 'search-option-jump');
    for (const doc of result.documents) {
      const best = doc.sections[0];
      const label = best && best.title !== doc.title ? `${doc.title} › ${best.title}` : doc.title;
      option(label, render.withHighlight(best?.url ?? doc.url, words), best ? render.renderExcerpt(best.excerpt) : undefined, 'search-option-doc');
      for (const s of doc.sections.slice(1, 3)) option(`${s.title}`, render.withHighlight(s.url, words), undefined, 'search-option-section');
    }
    option(`查看全部结果：“${raw.trim().slice(0, 30)}”`, `${base}search/?q=${encodeURIComponent(raw.trim())}`, undefined, 'search-option-all');
    status.textContent = render.summaryText(result, raw);
    setActive(-1);
  }

  input.addEventListener('focus', () => {
    void modules().then(([client]) => client.loadSearch(base)).catch(() => {});
    if (!input.value.trim()) void showRecent();
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
      void modules().then(([client]) => client.rememberSearch(input.value));
      all[active]!.querySelector('a')!.click();
    } else if (event.key === 'Escape') {
      open(false);
    }
  });
  form.addEventListener('submit', () => {
    void modules().then(([client]) => client.rememberSearch(input.value));
  });
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
