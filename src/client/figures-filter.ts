// 数字速查: show only the rows of one 类型 (each row carries data-kind).

export function wireFiguresFilter() {
  const rows = () => Array.prototype.slice.call(document.querySelectorAll('.figures-table tbody tr')) as HTMLTableRowElement[];
  for (const radio of Array.prototype.slice.call(document.querySelectorAll('.figure-filter input[name="kind"]')) as HTMLInputElement[]) {
    radio.addEventListener('change', () => {
      for (const row of rows()) row.hidden = radio.value !== '' && row.dataset.kind !== radio.value;
    });
  }
}
