// Chinese numerals ⇄ integers, as used in article and chapter numbers (第一百零一条 ⇄ 101).

const DIGITS = '零一二三四五六七八九';
const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters Chinese numerals are written with, for building patterns: 第[…]+条. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** Largest number written by `toChineseNumeral` / read by `parseChineseNumeral`. */
export const MAX_CHINESE_NUMERAL = 9999;

/**
 * Reads a Chinese numeral (一 … 九千九百九十九) or plain Arabic digits.
 * Returns null for anything that is not a well-formed number ≥ 1.
 * Examples: 十 → 10, 十二 → 12, 二十 → 20, 一百零一 → 101, 一百一十 → 110, 一千 → 1000, "26" → 26.
 */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim();
  if (/^[0-9]+$/.test(s)) {
    const n = Number(s);
    return n >= 1 ? n : null;
  }
  if (!new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`).test(s)) return null;

  let total = 0;
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = Infinity; // units must strictly decrease: 千 > 百 > 十
  let sawZero = false; // a 零 marks a skipped unit (一百零一, 一千零一十)
  for (const ch of s) {
    if (ch in DIGIT_VALUE) {
      const d = DIGIT_VALUE[ch]!;
      if (d === 0) {
        if (pending !== null || sawZero || total === 0) return null; // 一零, 零零, 零一
        sawZero = true;
      } else {
        if (pending !== null) return null; // two digits in a row: 一二
        pending = d;
      }
      continue;
    }
    const unit = UNIT_VALUE[ch]!;
    if (unit >= lastUnit) return null; // 十百, 百百
    if (sawZero && unit * 10 >= lastUnit) return null; // 一百零十: no unit was skipped
    // A unit needs its digit, except 十 at the start (十二) or right after 零 (一千零十).
    if (pending === null && !(unit === 10 && (total === 0 || sawZero))) return null;
    total += (pending ?? 1) * unit;
    pending = null;
    lastUnit = unit;
    sawZero = false;
  }
  if (pending !== null) {
    // A final digit counts units only after 十, after 零, or alone; 一百一 (colloquial 110) is rejected.
    const allowed = sawZero ? lastUnit > 10 : lastUnit === 10 || lastUnit === Infinity;
    if (!allowed) return null;
    total += pending;
  } else if (sawZero) {
    return null; // trailing 零
  }
  return total >= 1 ? total : null;
}

/**
 * Writes an integer 1…9999 the way regulations number things:
 * 10 → 十, 12 → 十二, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1000 → 一千, 1010 → 一千零一十.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`toChineseNumeral: ${n} is not an integer from 1 to ${MAX_CHINESE_NUMERAL}`);
  }
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zeroPending = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zeroPending = out !== '';
      return;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += DIGITS[d]! + unit;
  });
  // 一十二 → 十二 only when 十 leads the number (not in 一百一十).
  return out.startsWith('一十') ? out.slice(1) : out;
}

export type NumberedUnit = '编' | '章' | '节' | '条';

/** 第二十六条 for (26, '条'); numbers past 9999 (only ever seen in messages about bad input) in digits. */
export function numberedLabel(n: number, unit: NumberedUnit): string {
  return Number.isInteger(n) && n >= 1 && n <= MAX_CHINESE_NUMERAL ? `第${toChineseNumeral(n)}${unit}` : `第${n}${unit}`;
}
