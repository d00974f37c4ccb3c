// 打印 buttons on templates: the browser's print dialog (print CSS keeps the text only).

export function wirePrintButtons() {
  for (const button of Array.prototype.slice.call(document.querySelectorAll('[data-print]')) as HTMLButtonElement[]) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
