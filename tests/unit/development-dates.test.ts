import { describe, expect, it } from 'vitest';
import { addMonths, addYears, developmentSchedule, isoCalendarDate, parseCalendarDate } from '../../src/lib/development-dates';

const d = (text: string) => {
  const r = parseCalendarDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
};

describe('parseCalendarDate', () => {
  it('reads dates and explains invalid ones', () => {
    expect(d('2025-03-01')).toEqual({ year: 2025, month: 3, day: 1 });
    expect(parseCalendarDate('2023-02-29')).toEqual({ ok: false, message: '2023年2月没有29日（2023年不是闰年）' });
    expect(parseCalendarDate('2024-13-01')).toEqual({ ok: false, message: '月份 13 不存在' });
    expect(parseCalendarDate('2024-04-31')).toEqual({ ok: false, message: '2024年4月没有31日' });
    expect(parseCalendarDate('明天')).toMatchObject({ ok: false, message: expect.stringContaining('年-月-日') });
    expect(parseCalendarDate('1900-01-01')).toMatchObject({ ok: false });
  });
});

describe('periods', () => {
  it('add months across a year boundary and clamp to the month end', () => {
    expect(isoCalendarDate(addMonths(d('2024-11-15'), 1))).toBe('2024-12-15');
    expect(isoCalendarDate(addMonths(d('2024-12-15'), 1))).toBe('2025-01-15');
    expect(isoCalendarDate(addMonths(d('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoCalendarDate(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoCalendarDate(addMonths(d('2024-08-31'), 6))).toBe('2025-02-28');
  });
  it('complete a year on the same date, and on 1 March for a 29 February start', () => {
    expect(isoCalendarDate(addYears(d('2024-06-30'), 1))).toBe('2025-06-30');
    expect(isoCalendarDate(addYears(d('2024-02-29'), 1))).toBe('2025-03-01');
    expect(isoCalendarDate(addYears(d('2024-02-29'), 4))).toBe('2028-02-29');
  });
});

describe('developmentSchedule', () => {
  it('gives the earliest date to become a 发展对象 one year after becoming an 积极分子', () => {
    const rows = developmentSchedule('activist', d('2024-12-20'));
    expect(rows.map((r) => [r.what, isoCalendarDate(r.date), r.kind])).toEqual([
      ['党支部第一次考察入党积极分子', '2025-06-20', 'due'],
      ['党支部第二次考察入党积极分子', '2025-12-20', 'due'],
      ['最早可列为发展对象', '2025-12-20', 'earliest'],
    ]);
  });
  it('gives the end of the probation and the bounds of an extension', () => {
    const rows = developmentSchedule('probationary', d('2024-02-29'));
    expect(rows.map((r) => isoCalendarDate(r.date))).toEqual(['2025-03-01', '2025-09-01', '2026-03-01']);
  });
  it('gives the interview deadline one month after an application', () => {
    expect(developmentSchedule('application', d('2025-01-31')).map((r) => [isoCalendarDate(r.date), r.kind])).toEqual([['2025-02-28', 'deadline']]);
  });
  it('names the source and version of every row, never a fact-sheet id', () => {
    for (const step of ['application', 'activist', 'probationary'] as const) {
      for (const row of developmentSchedule(step, d('2025-05-05'))) {
        expect(row.basis).toMatch(/（(2014年版|党章)）$/);
        expect(row.basis).not.toMatch(/\d-\d{2}/);
      }
    }
  });
});
