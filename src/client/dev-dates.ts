// The 发展党员 date helper (<DevelopmentDates />): pick the step whose date you know, enter the date,
// see the dates that follow. The date logic is src/lib/development-dates.ts.
import { developmentSchedule, formatCalendarDate, parseCalendarDate, type KnownStep } from '../lib/development-dates';

const KIND = { earliest: '不早于', deadline: '不晚于', due: '约在' } as const;

export function wireDevelopmentDates() {
  for (const root of Array.prototype.slice.call(document.querySelectorAll('[data-dev-dates]')) as HTMLElement[]) {
    const form = root.querySelector('form')!;
    const message = root.querySelector<HTMLElement>('.dev-dates-message')!;
    const table = root.querySelector<HTMLTableElement>('.dev-dates-table')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const step = form.querySelector<HTMLSelectElement>('select[name="step"]')!.value as KnownStep;
      const parsed = parseCalendarDate(form.querySelector<HTMLInputElement>('input[name="date"]')!.value);
      const body = table.tBodies[0]!;
      while (body.firstChild) body.removeChild(body.firstChild);
      if (!parsed.ok) {
        table.hidden = true;
        message.textContent = parsed.message;
        return;
      }
      for (const row of developmentSchedule(step, parsed.date)) {
        const tr = document.createElement('tr');
        for (const text of [row.what, `${KIND[row.kind]} ${formatCalendarDate(row.date)}`, row.basis]) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.appendChild(td);
        }
        body.appendChild(tr);
      }
      table.hidden = false;
      message.textContent = `从 ${formatCalendarDate(parsed.date)} 推算：`;
    });
  }
}
