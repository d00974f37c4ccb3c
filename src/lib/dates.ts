// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as used for regulation dates, and their Chinese form.

/** A date known to the year, month or day, kept as the ISO-like string the author wrote. */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar date. */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** 2019-03-17 → 2019年3月17日; 2019-03 → 2019年3月; 2019 → 2019年. */
export function formatChineseDate(date: PartialDate): string {
  const m = PARTIAL_DATE.exec(date);
  if (!m) throw new Error(`formatChineseDate: "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  let out = `${Number(m[1])}年`;
  if (m[2] !== undefined) out += `${Number(m[2])}月`;
  if (m[3] !== undefined) out += `${Number(m[3])}日`;
  return out;
}
