// Glossary tooltips (markup from src/components/mdx/Term.astro; hover and focus are CSS). Here: a
// first tap on a term opens its definition instead of leaving the page (a second tap follows the
// link), Esc closes an open definition, and a definition is kept inside the window on narrow screens.

function place(term: Element) {
  const tip = term.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.left = '';
  const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tip.style.left = `${-overflow}px`;
}

function closeAll(except?: Element) {
  for (const t of Array.prototype.slice.call(document.querySelectorAll('.term.is-open')) as Element[]) if (t !== except) t.classList.remove('is-open');
}

export function wireTermTips() {
  let touched: Element | null = null;
  document.addEventListener('pointerdown', (event) => {
    const term = event.target instanceof Element ? event.target.closest('.term') : null;
    touched = term && event.pointerType === 'touch' ? term : null;
    if (!term) closeAll();
  });
  document.addEventListener('click', (event) => {
    const term = event.target instanceof Element ? event.target.closest('.term') : null;
    if (!term || term !== touched || term.classList.contains('is-open')) return;
    event.preventDefault(); // first tap: show the definition; the next tap follows the link
    closeAll(term);
    term.classList.remove('tip-dismissed');
    term.classList.add('is-open');
    place(term);
  });
  const show = (event: Event) => {
    const term = event.target instanceof Element ? event.target.closest('.term') : null;
    if (!term) return;
    term.classList.remove('tip-dismissed');
    place(term);
  };
  document.addEventListener('focusin', show);
  document.addEventListener('mouseover', show);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const t of Array.prototype.slice.call(document.querySelectorAll('.term:hover, .term:focus-within, .term.is-open')) as Element[]) {
      t.classList.remove('is-open');
      t.classList.add('tip-dismissed');
    }
  });
}
