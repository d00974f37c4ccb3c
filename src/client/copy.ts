// Copy buttons, wired once per page by event delegation:
//   .copy-text[data-copy]   copies that text
//   .copy-cite[data-cite]   copies 《全称》 + the article label, the title read from [data-reg-title]
//   .art-link               follows the anchor and copies the article's full URL
// navigator.clipboard needs a secure context (https, localhost, file://); intranet servers are often
// plain http, so a hidden-textarea copy is the fallback; when both fail, the text is shown selected
// so Ctrl+C copies it.

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
  area.className = 'copy-buffer';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
  }
  return ok;
}

function toast(): HTMLElement {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'copy-status';
    region.className = 'toast';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.appendChild(region);
  }
  return region;
}

function announce(message: string, selectable?: string) {
  const region = toast();
  while (region.firstChild) region.removeChild(region.firstChild);
  region.appendChild(document.createTextNode(message));
  window.clearTimeout(Number(region.getAttribute('data-timer')));
  region.classList.add('toast-visible');
  if (selectable !== undefined) {
    // Copying was refused: show the text selected, so Ctrl+C (or the context menu) copies it.
    const field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.value = selectable;
    field.className = 'toast-field';
    field.setAttribute('aria-label', '要复制的引用');
    region.appendChild(field);
    field.focus();
    field.select();
    field.addEventListener('blur', () => region.classList.remove('toast-visible'));
    return;
  }
  region.setAttribute('data-timer', String(window.setTimeout(() => region.classList.remove('toast-visible'), 2500)));
}

async function handle(event: MouseEvent) {
  const target = event.target as Element | null;
  const button = target && target.closest ? (target.closest('.copy-text, .copy-cite, .art-link') as HTMLElement | null) : null;
  if (!button) return;
  let text: string;
  if (button.matches('.copy-text')) {
    text = button.getAttribute('data-copy') ?? '';
  } else if (button.matches('.copy-cite')) {
    const holder = button.closest('[data-reg-title]');
    text = `《${holder ? holder.getAttribute('data-reg-title') : ''}》${button.getAttribute('data-cite') ?? ''}`;
  } else {
    text = new URL(button.getAttribute('href') ?? '', window.location.href).href;
  }
  if (!text) return;
  if (await copyText(text)) announce(`已复制：${text}`);
  else announce('浏览器不允许自动复制，已选中下面的文字，请按 Ctrl+C 复制：', text);
}

export function wireCopyButtons() {
  document.addEventListener('click', (event) => void handle(event));
}
