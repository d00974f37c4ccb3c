// Turns search results into DOM nodes. Every piece of text is set with textContent, so nothing a
// user types or a page contains can inject markup.
import type { Highlighted } from './document';
import type { ClientResult } from './client';
import type { LoadFailure } from './site-files';
import { openedFromFile } from '../site-root';
import { isCurrent } from '../../lib/regulation-status';

/** Adds ?hl=… so the page a result opens can highlight the words (before any #fragment). */
export function withHighlight(url: string, words: string[]): string {
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const hl = encodeURIComponent(words.join(' '));
  return `${path}${path.includes('?') ? '&' : '?'}hl=${hl}${hash ? `#${hash}` : ''}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderExcerpt(parts: Highlighted): HTMLElement {
  const p = el('p', 'search-excerpt');
  for (const part of parts) p.append(part.match ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

/** Words to highlight on a result's page: the typed words and the other names that page was found by. */
export function highlightWords(result: ClientResult, matchedForms: string[]): string[] {
  const words = result.mode === 'partial' && result.partialTerm ? [result.partialTerm] : result.query.words.map((w) => w.normalized);
  return [...new Set([...words, ...matchedForms.map((f) => f.toLowerCase())])].slice(0, 6);
}

/** Full results: one card per document with its matching sections. */
export function renderResultList(result: ClientResult, maxSections = 4): HTMLElement {
  const list = el('ol', 'search-results');
  for (const doc of result.documents) {
    const words = highlightWords(result, doc.matchedForms);
    const item = el('li', 'search-doc');
    const head = el('p', 'search-doc-head');
    const link = el('a', 'search-doc-title', doc.title);
    link.href = withHighlight(doc.sections[0]?.url ?? doc.url, words);
    head.append(link);
    if (doc.type) head.append(el('span', 'search-tag', doc.type));
    if (doc.status && !isCurrent(doc.status)) head.append(el('span', 'search-tag search-tag-old', doc.status));
    if (doc.matchedForms.length > 0) head.append(el('span', 'search-tag search-tag-form', `按“${doc.matchedForms.join('”“')}”找到`));
    item.append(head);
    const sections = el('ul', 'search-sections');
    for (const s of doc.sections.slice(0, maxSections)) {
      const li = el('li');
      const a = el('a', 'search-section-title', s.title);
      a.href = withHighlight(s.url, words);
      li.append(a, renderExcerpt(s.excerpt));
      sections.append(li);
    }
    if (doc.sections.length > maxSections) sections.append(el('li', 'muted', `另有 ${doc.sections.length - maxSections} 处`));
    item.append(sections);
    list.append(item);
  }
  return list;
}

/** Direct jumps (citations, regulation names) shown above results. */
export function renderJumps(result: ClientResult): HTMLElement | null {
  const links = [
    ...result.jumps.map((j) => ({ label: `直达 ${j.label}`, url: j.url })),
    ...result.named.map((r) => ({ label: `打开《${r.title}》`, url: r.url })),
  ];
  if (links.length === 0) return null;
  const box = el('ul', 'search-jumps');
  for (const l of links) {
    const li = el('li');
    const a = el('a', 'search-jump', l.label);
    a.href = l.url;
    li.append(a);
    box.append(li);
  }
  return box;
}

/** Why search cannot work now, which file failed, and what to do — never "nothing found". */
function failureText(failures: LoadFailure[]): string {
  const first = failures[0];
  const what = first && first.file ? `（${first.file}${first.status ? `，${first.status}` : ''}）` : '';
  const head = '搜索暂时不可用：搜索索引没有加载成功';
  if (!first) return `${head}。请重试；如果一直不行，请重新复制或部署站点文件。`;
  switch (first.reason) {
    case 'timeout':
      return `${head}${what}，8 秒内没有响应。可能是网络中断或服务器繁忙，请重试。`;
    case 'status':
      return first.status === 404
        ? `${head}${what}：服务器上没有这个文件。请确认站点文件夹（包括 pagefind 文件夹）已完整复制到服务器。`
        : `${head}${what}：服务器返回错误。请稍后重试，或请管理员查看服务器日志。`;
    case 'broken':
      return `${head}${what}：文件已损坏，或服务器返回了别的页面（例如登录页）。请重新复制站点文件后重试。`;
    default:
      return openedFromFile()
        ? `${head}${what}：无法读取这个文件。请确认复制站点时包含了 pagefind 文件夹。`
        : `${head}${what}：无法连接服务器。请检查网络后重试。`;
  }
}

/** Says in `status` why search is unavailable, with a 重试 button after it (one only). */
export function showFailure(status: HTMLElement, failures: LoadFailure[], retry: () => void) {
  status.textContent = failureText(failures);
  const existing = status.parentElement?.querySelector('.search-retry');
  if (existing) existing.remove();
  const button = el('button', 'search-retry', '重试');
  button.type = 'button';
  button.addEventListener('click', retry);
  status.insertAdjacentElement('afterend', button);
}

/** "您要找的是不是：…" with each suggestion as a link to its search, or null when there are none. */
export function renderSuggestions(result: ClientResult, searchUrl: (q: string) => string): HTMLElement | null {
  if (result.suggestions.length === 0) return null;
  const p = el('p', 'search-suggestions', '您要找的是不是：');
  result.suggestions.forEach((s, i) => {
    if (i > 0) p.append('、');
    const a = el('a', 'search-suggestion', s.text);
    a.href = searchUrl(s.text);
    p.append(a, el('span', 'muted', `（${s.kind}）`));
  });
  return p;
}

/** What was searched when it differs from what was typed: question words dropped, other names added. */
function searchedNote(result: ClientResult): string {
  const notes: string[] = [];
  if (result.query.searchedAs) notes.push(`按“${result.query.searchedAs}”查找（已略去疑问词）`);
  const other = result.query.words.flatMap((w) => (w.alternatives ?? []).map((a) => a.text));
  if (other.length > 0) notes.push(`同时查找了同义名称“${other.slice(0, 4).join('”“')}”`);
  return notes.length > 0 ? `${notes.join('，')}。` : '';
}

/** One line saying what was found, or why nothing was. */
export function summaryText(result: ClientResult, raw: string): string {
  return searchedNote(result) + foundText(result, raw);
}

function foundText(result: ClientResult, raw: string): string {
  const shown = (result.query.searchedAs ?? raw.trim()).slice(0, 40);
  if (result.mode === 'exact') return `“${shown}”：${result.total} 个页面`;
  if (result.mode === 'partial') return `没有页面包含完整的“${shown}”。以下是包含“${result.partialTerm}”的 ${result.total} 个页面（部分匹配）：`;
  return `没有找到“${shown}”。`;
}
