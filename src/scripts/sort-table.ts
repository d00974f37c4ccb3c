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

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, column) => {
    th.querySelector('button')?.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const rows = [...body.rows].sort((r1, r2) => {
        const order = compareCells(r1.cells[column]!.textContent!.trim(), r2.cells[column]!.textContent!.trim());
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
