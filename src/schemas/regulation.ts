// Schema of a regulation page: a study guide (导读) or a full text (全文), with its metadata.
import { z } from 'astro/zod';
import { factIds, oneOf, partialDate, positiveInt, slug, text, textList } from './fields';
import { adoptedSchema, fullTextSchema, sourceSchema } from './full-text';

import { REGULATION_STATUSES } from '../lib/regulation-status';

export { REGULATION_STATUSES, CURRENT_STATUS, isCurrent, type RegulationStatus } from '../lib/regulation-status';

/** 类别 values: kinds of Party rules, state law, normative documents, and the project's model texts. */
export const REGULATION_CATEGORIES = [
  '党章', '准则', '条例', '规定', '办法', '规则', '细则',
  '法律', '行政法规', '规范性文件', '范本',
] as const;

/** Body kinds: a study guide organised by chapter, or a full text organised 章/节/条/款/项. */
export const REGULATION_KINDS = ['导读', '全文'] as const;

/** One earlier (or the current) version in the version history. */
export const versionSchema = z.object({
  /** When that version was issued: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate('版本沿革的日期（history.date）'),
  /** Title of that version, without 书名号, e.g. 党政领导干部选拔任用工作暂行条例. */
  title: text('版本沿革的名称（history.title）'),
  /** What changed or what that version was, in a few words. */
  note: z.string().optional(),
  /** Fact-sheet ids backing this line. */
  facts: factIds(),
});

/** A verified article number a study guide may cite, with where it sits and what it is about. */
export const keyArticleSchema = z.object({
  /** Article number in the current version (only numbers the fact sheet verifies). */
  n: positiveInt('条号（articles.n）'),
  /** Chapter the article belongs to; omitted for texts without chapters (e.g. a 守则 of numbered items). */
  chapter: positiveInt('所在章（articles.chapter）').optional(),
  /** What the article is about, in our own words. */
  topic: text('条文主题（articles.topic）'),
  /** Fact-sheet ids verifying the number. */
  facts: factIds(),
  /** For a fact-sheet table without ids: which sheet and table verifies the number (e.g. 第二轮清单1.2表). */
  sheetRef: z.string().trim().min(1).optional(),
  /** The number is verified by a single source only: shown with the 单一来源 mark. */
  singleSource: z.boolean({ error: 'singleSource 应当写 true 或 false' }).default(false),
});

export const regulationSchema = z
  .object({
    /** 全称, without 书名号. */
    title: text('全称（title）'),
    /** 简称 used in citations, e.g. 干部任用条例. Defaults to the full title. */
    shortTitle: z.string().trim().min(1).optional(),
    /** Other names people search for (common short names). */
    aliases: textList('别名（aliases）'),
    /** 发文机关, e.g. 中共中央, 中共中央办公厅. */
    issuer: text('发文机关（issuer）'),
    /** 文号, e.g. 中发〔2014〕3号 — only when verified. */
    docNumber: z.string().trim().min(1).optional(),
    /** 发布日期. */
    issued: partialDate('发布日期（issued）'),
    /** 施行日期 — only when verified. */
    effective: partialDate('施行日期（effective）').optional(),
    /** 效力状态. */
    status: oneOf('效力状态（status）', REGULATION_STATUSES),
    /** 类别. */
    category: oneOf('类别（category）', REGULATION_CATEGORIES),
    /** Whether the body is a study guide or a full text. */
    kind: oneOf('正文类型（kind）', REGULATION_KINDS),
    /** Which version this page describes, e.g. 2019年修订版. */
    version: text('所依据的版本（version）'),
    /** One or two sentences: what it governs and when to use it. */
    summary: text('摘要（summary）'),
    /** Version history, oldest first. */
    history: z.array(versionSchema, { error: '版本沿革（history）应当写成列表' }).default([]),
    /** Study guides: verified article numbers that may be cited, each with its anchor. */
    articles: z.array(keyArticleSchema, { error: '已核实条号（articles）应当写成列表' }).default([]),
    /** false: glossary terms in this page are not linked automatically (only <Term> tags are). */
    autoTerms: z.boolean({ error: 'autoTerms 应当写 true 或 false' }).optional(),
    /** Fact-sheet ids this page relies on. */
    facts: factIds(),
    /** 全文 only: slug of this regulation's study guide. Citations of the guide then link to this
     *  text's article anchors and are checked against its articles; the two pages link each other. */
    studyGuide: slug('对应的导读（studyGuide）').optional(),
    /** Imported full texts (.json) only: the text itself, 编/章/节/条 with every paragraph as plain text. */
    text: fullTextSchema.optional(),
    /** Imported full texts: the 题注 under the title, as written. */
    note: z.string().optional(),
    /** Imported full texts: the meeting that adopted the text (…审议通过), when the 题注 names it. */
    adopted: adoptedSchema.optional(),
    /** Imported full texts: the file the text was read from. */
    source: sourceSchema.optional(),
    /** An earlier version of another imported text: that text's slug (the current version). */
    versionOf: slug('新版本（versionOf）').optional(),
    /** Header fields whose value is the common account but not verified: shown with 以正式文本为准. */
    unverified: z
      .array(oneOf('未核实的字段（unverified）', ['issuer', 'docNumber', 'issued', 'effective'] as const), {
        error: '未核实的字段（unverified）应当写成列表，例如 [issuer, issued]',
      })
      .default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.kind === '导读' && (data.studyGuide || data.text)) {
      if (data.text) ctx.addIssue({ code: 'custom', path: ['text'], message: '导读不能有 text：text 只用于导入的全文' });
    }
    if (data.kind === '导读' && data.studyGuide) {
      ctx.addIssue({ code: 'custom', path: ['studyGuide'], message: 'studyGuide 只用于全文：写在导入的全文里，指向它的导读' });
    }
    if (data.kind === '全文' && data.articles.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['articles'],
        message: '全文不需要 articles 列表：条文直接写在正文里',
      });
    }
    const seen = new Set<number>();
    data.articles.forEach((article, i) => {
      if (seen.has(article.n)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'n'], message: `条号 ${article.n} 在 articles 中重复出现` });
      }
      seen.add(article.n);
    });
  });

export type RegulationData = z.output<typeof regulationSchema>;
