// The /search/ page: runs the query from the URL, renders grouped results, filter chips and
// recent searches; filter changes update the URL so a result list can be shared or reloaded.
import { recentSearches, rememberSearch, runSearch } from '../search/client';
import { renderJumps, renderResultList, summaryText } from '../search/render';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const params = new URLSearchParams(window.location.search);
  const q = (params.get('q') ?? '').slice(0, 200);
  const type = params.get('type') ?? '';
  const reg = params.get('reg') ?? '';
  const input = root.querySelector<HTMLInputElement>('#search-page-q')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const chips = root.querySelector<HTMLElement>('.search-chips')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  input.value = q;

  if (!q.trim()) {
    showRecent(root, base);
    input.focus();
    return;
  }
  document.title = `${q.slice(0, 30)} · 搜索 · 组工知识库`;
  status.textContent = '正在搜索…';
  let result;
  try {
    const filters: Record<string, string[]> = {};
    if (type) filters['类型'] = [type];
    if (reg) filters['法规'] = [reg];
    result = await runSearch(base, q, { limit: 30, filters: Object.keys(filters).length ? filters : undefined });
  } catch {
    status.textContent = '搜索索引没有加载成功。请确认站点是通过 Web 服务器打开的（不是直接双击文件），并已按 README 配置 .wasm 和 .pf_* 文件类型。';
    return;
  }
  if (!result) return;
  rememberSearch(q);
  status.textContent = summaryText(result, q);
  const jumps = renderJumps(result);
  if (jumps) root.querySelector('.search-jumps-slot')!.append(jumps);
  root.querySelector('.search-results-slot')!.append(renderResultList(result));
  help.hidden = result.mode === 'exact' && result.documents.length > 0;

  // Filter chips: by type, and by the regulation a page is about or relies on.
  const chipRow = (label: string, key: 'type' | 'reg', current: string, counts: Record<string, number>, max: number) => {
    const values = Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, max);
    if (values.length < 2 && !current) return;
    chips.hidden = false;
    const row = document.createElement('p');
    row.className = 'search-chip-row';
    row.append(document.createTextNode(`${label}：`));
    const chip = (text: string, value: string, n?: number) => {
      const a = document.createElement('a');
      a.className = 'search-chip';
      a.textContent = n === undefined ? text : `${text}（${n}）`;
      const next = new URLSearchParams(params);
      if (value) next.set(key, value);
      else next.delete(key);
      a.href = `?${next.toString()}`;
      if (value === current) a.setAttribute('aria-current', 'true');
      row.append(a);
    };
    chip('全部', '');
    for (const [value, n] of values) chip(value, value, n);
    chips.append(row);
  };
  chipRow('类型', 'type', type, result.filterCounts['类型'] ?? {}, 8);
  chipRow('法规', 'reg', reg, result.filterCounts['法规'] ?? {}, 6);
}

function showRecent(root: HTMLElement, base: string) {
  const recent = recentSearches();
  const box = root.querySelector<HTMLElement>('.search-recent')!;
  if (recent.length === 0) return;
  box.hidden = false;
  const list = box.querySelector('ul')!;
  for (const q of recent) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.textContent = q;
    a.href = `${base}search/?q=${encodeURIComponent(q)}`;
    li.append(a);
    list.append(li);
  }
}
