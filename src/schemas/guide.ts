// Schema of a practice guide (实务指南) and of a document template (文书范本): both are MDX pages
// tied to regulations, so they share one base.
import { z } from 'astro/zod';
import { factIds, oneOf, partialDate, slugList, text } from './fields';

/** The site's pillars, used to group guides and templates. */
export const PILLARS = ['干部选拔任用', '议事规则', '乡镇党委', '综合'] as const;
export type Pillar = (typeof PILLARS)[number];

export const guideSchema = z
  .object({
    /** Page title. */
    title: text('标题（title）'),
    /** One or two sentences: what it is and when it applies. */
    summary: text('摘要（summary）'),
    /** Which pillar the page belongs to. */
    pillar: oneOf('所属板块（pillar）', PILLARS),
    /** Slugs of related regulations. */
    regulations: slugList('相关法规（regulations）'),
    /** Fact-sheet ids this page relies on. */
    facts: factIds(),
    /** Date the content was last checked against the fact sheet. */
    updated: partialDate('更新日期（updated）'),
    /** Position within its pillar (smaller first); pages without one sort by title. */
    order: z.number({ error: '排序（order）应当是数字' }).optional(),
    /** false: glossary terms in this page are not linked automatically (only <Term> tags are). */
    autoTerms: z.boolean({ error: 'autoTerms 应当写 true 或 false' }).optional(),
  })
  .strict();

export type GuideData = z.output<typeof guideSchema>;

/** Templates use the same fields as guides. */
export const templateSchema = guideSchema;
export type TemplateData = GuideData;
