// Learning-path steps on /study/ marked as read, kept with the self-test progress (same storage, same
// export file), and each unit's count of steps read.
import { openStore } from './progress-store';

export function wireStudySteps() {
  const buttons = Array.prototype.slice.call(document.querySelectorAll('[data-step]')) as HTMLButtonElement[];
  if (buttons.length === 0) return;
  const store = openStore();
  const storage = document.querySelector<HTMLElement>('[data-study-storage]');
  if (storage && store.state.kind === 'damaged') storage.textContent = `本机保存的进度无法读取：${store.state.message}。为免覆盖，这里的标记不会保存；可以到自测页导入备份或清除。`;
  else if (storage && store.state.kind === 'unavailable') storage.textContent = '这个浏览器不允许保存进度：标记只在本次打开期间有效。';

  const render = () => {
    for (const b of buttons) {
      const done = Boolean(store.progress.steps[b.getAttribute('data-step')!]);
      b.setAttribute('aria-pressed', String(done));
      b.textContent = done ? '已读 ✓（再点取消）' : '标记为已读';
    }
    for (const p of Array.prototype.slice.call(document.querySelectorAll('[data-study-progress]')) as HTMLElement[]) {
      const path = p.getAttribute('data-study-progress');
      const done = buttons.filter((b) => b.getAttribute('data-path') === path && store.progress.steps[b.getAttribute('data-step')!]).length;
      p.textContent = `已读 ${done} / ${p.getAttribute('data-steps')} 步`;
    }
  };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? (event.target.closest('[data-step]') as HTMLButtonElement | null) : null;
    if (!button) return;
    const id = button.getAttribute('data-step')!;
    const steps = Object.assign(Object.create(null) as Record<string, string>, store.progress.steps);
    if (steps[id]) delete steps[id];
    else steps[id] = new Date().toISOString();
    store.save({ ...store.progress, updatedAt: new Date().toISOString(), steps });
    render();
  });
  render();
}
