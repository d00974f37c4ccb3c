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
    result = await runSearch(base, q, { limit: 30, filters: type ? { 类型: [type] } : undefined });
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

  const counts = result.filterCounts['类型'] ?? {};
  const types = Object.entries(counts).filter(([, n]) => n > 0);
  if (types.length > 1 || type) {
    chips.hidden = false;
    const chip = (label: string, value: string, n?: number) => {
      const a = document.createElement('a');
      a.className = 'search-chip';
      a.textContent = n === undefined ? label : `${label}（${n}）`;
      const next = new URLSearchParams({ q });
      if (value) next.set('type', value);
      a.href = `?${next.toString()}`;
      if (value === type) a.setAttribute('aria-current', 'true');
      chips.append(a);
    };
    chip('全部', '');
    for (const [value, n] of types) chip(value, value, n);
  }
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
