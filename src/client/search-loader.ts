// What every page needs of search before it is used: `/` and Ctrl+K jump to the search box, and the
// search bundle (named by the site script's data-src) is loaded on first focus or typing, or at once
// on the /search/ page. Until it arrives the box is a plain form that opens the results page.
import { loadScript } from './load-script';

let loading: Promise<void> | undefined;

function loadSearchBundle(src: string) {
  loading ??= loadScript(src, 15000).catch(() => {
    loading = undefined; // the page's own message covers it; a later focus tries again
    const status = document.querySelector<HTMLElement>('.search-page .search-status');
    if (status) status.textContent = '搜索程序没有加载成功，请刷新页面重试。';
  });
}

export function wireSearchLoader(bundle: string | null) {
  if (!bundle) return;
  const src = new URL(bundle, window.location.href).href;
  const input = document.querySelector<HTMLInputElement>('form[data-search-box] input');
  if (document.querySelector('[data-search-page]')) loadSearchBundle(src);
  input?.addEventListener('focus', () => loadSearchBundle(src));
  input?.addEventListener('input', () => loadSearchBundle(src));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (input && ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
