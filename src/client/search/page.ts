// The /search/ page: runs the query from the URL, renders grouped results, filter chips and recent
// searches; filter changes update the URL so a result list can be shared or reloaded. When the index
// cannot be loaded the page says which file failed and why, with a retry button.
import { recentSearches, rememberSearch, runSearch, SearchUnavailableError, type ClientResult } from './client';
import { renderJumps, renderResultList, renderSuggestions, showFailure, summaryText } from './render';
import { siteUrl } from '../site-root';
import { searchPagePath } from '../../lib/routes';

export function wireSearchPage(root: HTMLElement) {
  const params = new URLSearchParams(window.location.search);
  const q = (params.get('q') ?? '').slice(0, 200);
  const type = params.get('type') ?? '';
  const reg = params.get('reg') ?? '';
  const input = root.querySelector<HTMLInputElement>('#search-page-q')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const chips = root.querySelector<HTMLElement>('.search-chips')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const jumpsSlot = root.querySelector<HTMLElement>('.search-jumps-slot')!;
  const resultsSlot = root.querySelector<HTMLElement>('.search-results-slot')!;
  input.value = q;

  if (!q.trim()) {
    showRecent(root);
    input.focus();
    return;
  }
  document.title = `${q.slice(0, 30)} · 搜索 · 组工知识库`;

  async function search() {
    for (const slot of [jumpsSlot, resultsSlot, chips]) while (slot.firstChild) slot.removeChild(slot.firstChild);
    for (const b of Array.prototype.slice.call(root.querySelectorAll('.search-retry')) as HTMLElement[]) b.remove();
    status.textContent = '正在搜索…';
    let result: ClientResult | null;
    try {
      const filters: Record<string, string[]> = {};
      if (type) filters['类型'] = [type];
      if (reg) filters['法规'] = [reg];
      result = await runSearch(q, { limit: 30, chips: true, filters: Object.keys(filters).length ? filters : undefined });
    } catch (error) {
      showFailure(status, error instanceof SearchUnavailableError ? error.failures : [], () => void search());
      help.hidden = true;
      return;
    }
    if (!result) return;
    rememberSearch(q);
    status.textContent = summaryText(result, q) + (result.catalogMissing ? '（条文直达暂时不可用：法规目录没有加载成功）' : '');
    const jumps = renderJumps(result);
    if (jumps) jumpsSlot.appendChild(jumps);
    const suggestions = renderSuggestions(result, (text) => siteUrl(searchPagePath(text)));
    if (suggestions) jumpsSlot.appendChild(suggestions);
    resultsSlot.appendChild(renderResultList(result));
    help.hidden = result.mode === 'exact' && result.documents.length > 0;
    renderChips(result);
  }

  // Filter chips: by type, and by the regulation a page is about or relies on.
  function renderChips(result: ClientResult) {
    const chipRow = (label: string, key: 'type' | 'reg', current: string, counts: Record<string, number>, max: number) => {
      const values = Object.keys(counts).map((k) => [k, counts[k]!] as const).filter(([, n]) => n !== 0).sort((a, b) => b[1] - a[1]).slice(0, max);
      if (values.length < 2 && !current) return;
      chips.hidden = false;
      const row = document.createElement('p');
      row.className = 'search-chip-row';
      row.appendChild(document.createTextNode(`${label}：`));
      const chip = (text: string, value: string, n?: number) => {
        const a = document.createElement('a');
        a.className = 'search-chip';
        a.textContent = n === undefined || n < 0 ? text : `${text}（${n}）`;
        const next = new URLSearchParams(params.toString());
        if (value) next.set(key, value);
        else next.delete(key);
        a.href = `?${next.toString()}`;
        if (value === current) a.setAttribute('aria-current', 'true');
        row.appendChild(a);
      };
      chip('全部', '');
      for (const [value, n] of values) chip(value, value, n);
      chips.appendChild(row);
    };
    chipRow('类型', 'type', type, result.filterCounts['类型'] ?? {}, 8);
    chipRow('法规', 'reg', reg, result.filterCounts['法规'] ?? {}, 6);
  }

  void search();
}

function showRecent(root: HTMLElement) {
  const recent = recentSearches();
  const box = root.querySelector<HTMLElement>('.search-recent')!;
  if (recent.length === 0) return;
  box.hidden = false;
  const list = box.querySelector('ul')!;
  for (const q of recent) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.textContent = q;
    a.href = siteUrl(searchPagePath(q));
    li.appendChild(a);
    list.appendChild(li);
  }
}
