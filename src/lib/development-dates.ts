// Date arithmetic for the 发展党员 date helper: from the date of one step, the earliest (or latest)
// dates of the next ones, using the periods of the 2014 《中国共产党发展党员工作细则》 as the fact
// sheet records them (fact ids beside each rule). Calendar dates only: no times, no time zones.

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; message: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/** Reads YYYY-MM-DD (as an <input type="date"> gives it) and explains what is wrong otherwise. */
export function parseCalendarDate(text: string): DateParse {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return { ok: false, message: `请按“年-月-日”填写日期，例如 2025-03-01（收到的是“${text.trim().slice(0, 20)}”）` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1950 || year > 2100) return { ok: false, message: `年份 ${year} 不在 1950—2100 之间` };
  if (month < 1 || month > 12) return { ok: false, message: `月份 ${month} 不存在` };
  if (day < 1 || day > daysInMonth(year, month)) {
    const leap = month === 2 && day === 29 ? `（${year}年不是闰年）` : '';
    return { ok: false, message: `${year}年${month}月没有${day}日${leap}` };
  }
  return { ok: true, date: { year, month, day } };
}

/**
 * The same day n months later. When that day does not exist (31 January + 1 month), the period is
 * complete at the end of the shorter month, so the result is that month's last day.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * The day a period of n whole years from `date` is complete: the same date n years on. A period
 * starting on 29 February ends, in a year without one, on 1 March (the day after 28 February).
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  if (date.month === 2 && date.day === 29 && !isLeapYear(year)) return { year, month: 3, day: 1 };
  return { year, month: date.month, day: date.day };
}

export function formatCalendarDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

export function isoCalendarDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The step whose date the user knows. */
export type KnownStep = 'application' | 'activist' | 'probationary';

export const KNOWN_STEPS: ReadonlyArray<{ step: KnownStep; label: string }> = [
  { step: 'application', label: '党组织收到入党申请书' },
  { step: 'activist', label: '确定为入党积极分子' },
  { step: 'probationary', label: '支部大会讨论通过为预备党员' },
];

export interface ScheduleRow {
  what: string;
  date: CalendarDate;
  /** earliest: not before this date; deadline: by this date; due: falls due on this date. */
  kind: 'earliest' | 'deadline' | 'due';
  /** The rule, as the 2014 text had it, with fact ids. */
  basis: string;
}

/** The dates that follow from one known step, in date order. */
export function developmentSchedule(step: KnownStep, date: CalendarDate): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  if (step === 'application') {
    rows.push({ what: '派人同申请人谈话', date: addMonths(date, 1), kind: 'deadline', basis: '收到入党申请书后1个月内（2014年版）' /* 5-07 */ });
  }
  if (step === 'activist') {
    rows.push({ what: '党支部第一次考察入党积极分子', date: addMonths(date, 6), kind: 'due', basis: '党支部每半年考察一次（2014年版）' /* 5-10 */ });
    rows.push({ what: '党支部第二次考察入党积极分子', date: addMonths(date, 12), kind: 'due', basis: '党支部每半年考察一次（2014年版）' /* 5-10 */ });
    rows.push({ what: '最早可列为发展对象', date: addYears(date, 1), kind: 'earliest', basis: '经过1年以上培养教育和考察（2014年版）' /* 5-11 */ });
  }
  if (step === 'probationary') {
    rows.push({ what: '预备期满，可讨论转正', date: addYears(date, 1), kind: 'due', basis: '预备期1年，从支部大会通过之日算起（党章）' /* 5-16 */ });
    const end = addYears(date, 1);
    rows.push({ what: '如延长预备期：最早期满', date: addMonths(end, 6), kind: 'earliest', basis: '延长不少于半年（2014年版）' /* 第二轮核查清单 */ });
    rows.push({ what: '如延长预备期：最迟期满', date: addYears(end, 1), kind: 'deadline', basis: '延长最长不超过1年（党章）' /* 5-16 */ });
  }
  return rows;
}
