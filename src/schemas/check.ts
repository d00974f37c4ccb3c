// Schema of the citation checker's data (content/check/*.yaml): old article numbers that circulate
// for a regulation, and wrong claims the site's 易错点 warn about, each with the rule that is right.
import { z } from 'astro/zod';
import { factIds, positiveInt, slug, text } from './fields';

export const oldNumberSchema = z
  .object({
    reg: slug('法规（oldNumbers.reg）'),
    /** The article number as it circulates (an older version's number). */
    art: positiveInt('旧条号（oldNumbers.art）'),
    /** Which version the number belongs to, e.g. 2014年版. */
    version: text('所属版本（oldNumbers.version）'),
    /** What that article was about in that version. */
    topic: text('旧条文主题（oldNumbers.topic）'),
    facts: factIds(),
    sheetRef: z.string().trim().min(1).optional(),
  })
  .strict();

export const wrongClaimSchema = z
  .object({
    /** Stable id (lowercase ascii, hyphens). */
    id: slug('编号（wrongClaims.id）'),
    /** A regular expression matched against one sentence of the draft at a time (at most 200 characters). */
    pattern: z
      .string()
      .trim()
      .min(2)
      .max(200, { error: '匹配式（wrongClaims.pattern）不超过200个字符' })
      .refine(
        (p) => {
          try {
            new RegExp(p, 'u');
            return true;
          } catch {
            return false;
          }
        },
        { error: '匹配式（wrongClaims.pattern）不是有效的正则表达式' },
      ),
    /** What is right, in one sentence of our own words. */
    message: text('正确说法（wrongClaims.message）'),
    reg: slug('依据法规（wrongClaims.reg）'),
    art: positiveInt('依据条号（wrongClaims.art）').optional(),
    ch: positiveInt('依据章号（wrongClaims.ch）').optional(),
    facts: factIds(),
    sheetRef: z.string().trim().min(1).optional(),
  })
  .strict();

export const checkFileSchema = z
  .object({
    oldNumbers: z.array(oldNumberSchema, { error: '旧条号（oldNumbers）应当写成列表' }).default([]),
    wrongClaims: z.array(wrongClaimSchema, { error: '错误说法（wrongClaims）应当写成列表' }).default([]),
  })
  .strict();

export type CheckFileData = z.output<typeof checkFileSchema>;
