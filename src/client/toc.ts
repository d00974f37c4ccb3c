// Page outline: phones start with it folded away (wide screens keep it open beside the text), and
// following a link on a phone folds it again.

export function wireTableOfContents() {
  const narrow = window.matchMedia('(max-width: 60rem)');
  for (const details of Array.prototype.slice.call(document.querySelectorAll('details[data-toc]')) as HTMLDetailsElement[]) {
    details.open = !narrow.matches;
    details.addEventListener('click', (event) => {
      if (narrow.matches && (event.target as Element).closest('a')) details.open = false;
    });
  }
}
