// Schema of a reading path (学习路线): an ordered list of steps, each pointing at a page or anchor.
import { z } from 'astro/zod';
import { slug, text } from './fields';

export const studyPathSchema = z
  .object({
    /** Title of the path, e.g. 干部选拔任用入门. */
    title: text('路线名称（title）'),
    /** Who it is for and how long it takes. */
    summary: text('说明（summary）'),
    /** Position among paths (smaller first); the first path is shown on the home page. */
    order: z.number({ error: '排序（order）应当是数字' }).default(100),
    /** The steps in reading order. */
    steps: z
      .array(
        z
          .object({
            /** What to read. */
            title: text('步骤标题（steps.title）'),
            /** Site path of the page or anchor, e.g. /regulations/xuanba-renyong/#ch-4 (checked at build). */
            link: z.string().regex(/^\/[^\s]*$/, { error: '步骤链接（steps.link）应当是站内路径，以 / 开头，例如 /guides/kaocha/' }),
            /** One sentence on what the reader gets from it. */
            note: text('步骤说明（steps.note）'),
          })
          .strict(),
        { error: '步骤（steps）应当写成列表' },
      )
      .min(1, { error: '学习路线至少要有一个步骤' }),
    /** A short check at the end: ids of questions in content/practice/ (checked at build). */
    check: z.array(slug('单元小测的题目编号（check）'), { error: '单元小测（check）应当写成题目编号的列表' }).default([]),
  })
  .strict();

export type StudyPathData = z.output<typeof studyPathSchema>;
