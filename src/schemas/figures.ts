// Schema of a figures file (数字): the 时限、比例、人数、年限 a topic or regulation sets, each with
// its citation and fact ids. Pages and the 数字速查 table render from these rows, so a figure is
// written once.
import { z } from 'astro/zod';
import { factIds, oneOf, positiveInt, slug, text } from './fields';
import { PILLARS } from './guide';

export const FIGURE_KINDS = ['时限', '比例', '人数', '年限', '次数', '其他'] as const;
/** Whether a figure is a national rule, local practice, from an older version, or unverified. */
export const FIGURE_STATUSES = ['全国规定', '地方做法', '2014年版', '以正式文本为准'] as const;

export const figureSchema = z
  .object({
    /** Site-wide unique id (lowercase ascii, hyphens), used by <Figures ids={[…]} />. */
    id: slug('数字编号（figures.id）'),
    /** 事项, e.g. 任前公示期. */
    topic: text('事项（figures.topic）'),
    /** The figure with its unit, as the fact sheet gives it, e.g. 不少于5个工作日. */
    value: text('数字（figures.value）'),
    /** What kind of figure it is. */
    kind: oneOf('类型（figures.kind）', FIGURE_KINDS),
    /** Slug of the regulation it comes from. */
    reg: slug('出处法规（figures.reg）'),
    /** Article it comes from (verified numbers only). */
    art: positiveInt('出处条号（figures.art）').optional(),
    /** Chapter it comes from, when no article number is verified. */
    ch: positiveInt('出处章号（figures.ch）').optional(),
    /** National rule, local practice, older version or unverified. */
    status: oneOf('性质（figures.status）', FIGURE_STATUSES),
    /** Fact-sheet ids backing the figure. */
    facts: factIds(),
    /** For a fact-sheet table without ids: which sheet and table the row rests on (e.g. 第二轮清单1.2表). */
    sheetRef: z.string().trim().min(1).optional(),
    /** One sentence of context. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((f) => f.art === undefined || f.ch === undefined, { error: '一个数字的出处只能写 art 或 ch 之一', path: ['ch'] });

export const figuresFileSchema = z
  .object({
    /** Pillar the figures belong to (groups the 数字速查 table). */
    pillar: oneOf('所属板块（pillar）', PILLARS),
    /** The rows. */
    figures: z.array(figureSchema, { error: '数字（figures）应当写成列表' }).min(1, { error: '数字文件至少要有一行' }),
  })
  .strict();

export type Figure = z.output<typeof figureSchema>;
export type FiguresFileData = z.output<typeof figuresFileSchema>;
