// Copy buttons on regulation pages, wired once per page by event delegation:
//   .copy-text[data-copy]   copies that text
//   .copy-cite[data-cite]   copies 《全称》 + the article label, the title read from [data-reg-title]
//   .art-link               follows the anchor and copies the article's full URL
// navigator.clipboard needs a secure context (https or localhost); intranet servers are often plain
// http, so a hidden-textarea copy is the fallback.

async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the legacy path (permission denied, document not focused)
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } finally {
    area.remove();
  }
  return ok;
}

function announce(message: string) {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'copy-status';
    region.className = 'toast';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  region.textContent = message;
  region.classList.add('toast-visible');
  window.clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(window.setTimeout(() => region!.classList.remove('toast-visible'), 2500));
}

async function handle(event: MouseEvent) {
  const target = event.target as Element | null;
  const button = target?.closest<HTMLElement>('.copy-text, .copy-cite, .art-link');
  if (!button) return;
  let text: string;
  if (button.matches('.copy-text')) {
    text = button.dataset.copy ?? '';
  } else if (button.matches('.copy-cite')) {
    const title = button.closest<HTMLElement>('[data-reg-title]')?.dataset.regTitle ?? '';
    text = `《${title}》${button.dataset.cite ?? ''}`;
  } else {
    text = new URL(button.getAttribute('href') ?? '', window.location.href).href;
  }
  if (!text) return;
  const ok = await copyText(text);
  announce(ok ? `已复制：${text}` : `无法自动复制，请手动选择：${text}`);
}

if (!('copyWired' in document.documentElement.dataset)) {
  document.documentElement.dataset.copyWired = '';
  document.addEventListener('click', (event) => void handle(event));
}
