// Field builders shared by the content schemas: each takes the field's Chinese label and
// words its errors so a content author knows which field is wrong and how to fix it.
import { z } from 'astro/zod';
import { isPartialDate } from '../lib/dates';
import { SLUG_PATTERN } from '../lib/slugs';

/** A required single line of text. */
export function text(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}应当是文字`) })
    .trim()
    .min(1, { error: `${label}不能为空` });
}

/** A list of short texts (aliases, tags). Defaults to an empty list. */
export function textList(label: string) {
  return z
    .array(text(`${label}中的每一项`), { error: `${label}应当写成列表，例如 [甲, 乙]` })
    .default([]);
}

/**
 * A date known to the day, month or year: 2019-03-17, 2019-03 or 2019.
 * YAML may hand us a Date (js-yaml reads 2019-03-17 as one) or a number (2019); both are
 * turned back into the string the author wrote.
 */
export function partialDate(label: string) {
  return z.preprocess(
    (value) => {
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
      if (typeof value === 'number') return String(value);
      return value;
    },
    z
      .string({ error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}应当是日期，写成 YYYY-MM-DD`) })
      .refine(isPartialDate, {
        error: (issue) =>
          `${label} "${String(issue.input)}" 不是有效日期：应写成 YYYY-MM-DD（只知年月写 YYYY-MM，只知年份写 YYYY）`,
      }),
  );
}

/** One value out of a fixed list; the error lists every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `缺少${label}，可选：${values.join(' / ')}`
        : `${label} "${String(issue.input)}" 不在可选范围内，可选：${values.join(' / ')}`,
  });
}

/** Fact-sheet ids such as 1-70 or 3-05, kept beside statements so they can be audited. */
export function factIds() {
  return z
    .array(
      z.preprocess(
        (value) => (typeof value === 'number' ? String(value) : value),
        z.string().regex(/^\d{1,2}-\d{2,3}[a-z]?$/, { error: (issue) => `事实编号 "${String(issue.input)}" 格式不对，应形如 1-70（或 11-00a）` }),
      ),
      { error: '事实编号（facts）应当写成列表，例如 [1-70, 1-71]' },
    )
    .default([]);
}

/** The slug (file name without extension) of another entry. */
export function slug(label: string) {
  return z.string({ error: `${label}应当是文件名` }).regex(SLUG_PATTERN, {
    error: (issue) => `${label} "${String(issue.input)}" 不是有效的文件名（小写字母、数字、连字符）`,
  });
}

/** Slugs of other entries (file names without extension). */
export function slugList(label: string) {
  return z.array(slug(`${label}中的一项`), { error: `${label}应当写成列表，例如 [xuanba-renyong]` }).default([]);
}

/** A positive whole number (article, chapter). */
export function positiveInt(label: string) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}应当是数字`) })
    .int({ error: `${label}应当是整数` })
    .positive({ error: `${label}应当大于 0` });
}
