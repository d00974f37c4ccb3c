// 引用体检 (/check/): runs the checker on the pasted draft in this browser and lists each finding
// with a button that selects its place in the draft, the form to copy, and a link to the article.
// The draft is data: findings are shown with textContent only.
import type { CheckKnowledge } from '../lib/cite-check/knowledge';
import { checkDraft, MAX_DRAFT_CHARS, type Finding, type FindingKind } from '../lib/cite-check/find';
import { siteUrl } from './site-root';

const LABELS: Record<FindingKind, string> = {
  resolved: '已核实',
  'unknown-title': '名称未收录',
  'beyond-range': '超出条文范围',
  unverified: '条号未核实',
  'old-number': '旧版条号',
  superseded: '旧版本',
  repealed: '已废止',
  nonstandard: '写法不规范',
  'wrong-claim': '错误说法',
};
/** Problems first, then what is fine. */
const ORDER: FindingKind[] = ['wrong-claim', 'repealed', 'superseded', 'old-number', 'beyond-range', 'unknown-title', 'unverified', 'nonstandard', 'resolved'];
/** More findings than this are summarised, so a huge draft never builds a huge list. */
const MAX_SHOWN = 400;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function wireCheck(root: HTMLElement, knowledge: CheckKnowledge) {
  const form = root.querySelector<HTMLFormElement>('[data-check-form]')!;
  const draft = root.querySelector<HTMLTextAreaElement>('[data-draft]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-results]')!;
  const count = root.querySelector<HTMLElement>('[data-count]')!;

  const showCount = () => {
    count.textContent = `${draft.value.length.toLocaleString('zh-CN')} / ${MAX_DRAFT_CHARS.toLocaleString('zh-CN')} 字`;
  };
  draft.addEventListener('input', showCount);
  showCount();

  function item(f: Finding, index: number): HTMLLIElement {
    const li = el('li', undefined, `cite-finding cite-finding-${f.kind}`);
    const head = el('p');
    head.appendChild(el('span', LABELS[f.kind], 'cite-finding-kind'));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('q', f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text));
    li.appendChild(head);
    li.appendChild(el('p', f.message));
    const actions = el('p', undefined, 'practice-actions');
    const locate = el('button', '在文稿中定位');
    locate.type = 'button';
    locate.setAttribute('data-locate', String(index));
    actions.appendChild(locate);
    if (f.canonical) {
      const copy = el('button', `复制规范写法：${f.canonical}`, 'copy-text');
      copy.type = 'button';
      copy.setAttribute('data-copy', f.canonical);
      actions.appendChild(copy);
    }
    if (f.href) {
      const link = el('a', f.kind === 'wrong-claim' ? '查看依据' : '查看条文');
      link.href = siteUrl(f.href);
      actions.appendChild(link);
    }
    li.appendChild(actions);
    return li;
  }

  let findings: Finding[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = draft.value;
    findings = checkDraft(text, knowledge);
    results.textContent = '';
    const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER.indexOf(a.f.kind) - ORDER.indexOf(b.f.kind) || a.f.start - b.f.start);
    const fragment = document.createDocumentFragment();
    for (const { f, i } of sorted.slice(0, MAX_SHOWN)) fragment.appendChild(item(f, i));
    results.appendChild(fragment);
    const problems = findings.filter((f) => f.kind !== 'resolved').length;
    status.textContent =
      findings.length === 0
        ? '没有找到法规引用，也没有发现常见错误说法。'
        : `找到 ${findings.length} 处，其中需要处理的 ${problems} 处${findings.length > MAX_SHOWN ? `；只列出前 ${MAX_SHOWN} 处，请分段检查` : ''}。`;
  });

  results.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-locate]') : null;
    if (!button) return;
    const f = findings[Number(button.getAttribute('data-locate'))];
    if (!f) return;
    draft.focus();
    draft.setSelectionRange(f.start, f.end);
    // Bring the selection into view: scroll the textarea to the selected line.
    const lineHeight = parseFloat(getComputedStyle(draft).lineHeight) || 24;
    draft.scrollTop = Math.max(0, (draft.value.slice(0, f.start).split('\n').length - 2) * lineHeight);
  });

  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    draft.value = '';
    results.textContent = '';
    status.textContent = '';
    findings = [];
    showCount();
    draft.focus();
  });
}

const root = document.querySelector<HTMLElement>('[data-cite-check]');
const data = document.getElementById('check-knowledge');
if (root && data) wireCheck(root, JSON.parse(data.textContent || '{}') as CheckKnowledge);
