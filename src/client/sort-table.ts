// Sortable tables (table[data-sortable]): a header button sorts by that column, again to reverse.
// Chinese text sorts by pinyin collation; figures sort by their first number, so 2年 < 10年.
const collator = new Intl.Collator('zh-CN', { numeric: true });

function firstNumber(text: string): number | null {
  const m = /(\d+(?:\.\d+)?)(?:\/(\d+))?/.exec(text);
  if (!m) return null;
  return m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1]);
}

function compareCells(a: string, b: string): number {
  const na = firstNumber(a);
  const nb = firstNumber(b);
  if (na !== null && nb !== null && na !== nb) return na - nb;
  return collator.compare(a, b);
}

export function wireSortableTables() {
  for (const table of Array.prototype.slice.call(document.querySelectorAll('table[data-sortable]')) as HTMLTableElement[]) {
    const headers = Array.prototype.slice.call(table.tHead!.rows[0]!.cells) as HTMLTableCellElement[];
    headers.forEach((th, column) => {
      th.querySelector('button')?.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0]!;
        const rows = (Array.prototype.slice.call(body.rows) as HTMLTableRowElement[]).sort((r1, r2) => {
          const order = compareCells(r1.cells[column]!.textContent!.trim(), r2.cells[column]!.textContent!.trim());
          return ascending ? order : -order;
        });
        for (const row of rows) body.appendChild(row);
      });
    });
  }
}
