// Schema of a glossary term (术语): one YAML file per term.
import { z } from 'astro/zod';
import { factIds, slugList, text, textList } from './fields';

export const glossarySchema = z
  .object({
    /** The term as the rules write it, e.g. 凡提四必. */
    term: text('术语（term）'),
    /** Pinyin with tone marks, e.g. fán tí sì bì. */
    pinyin: text('拼音（pinyin）'),
    /** One or two sentences in our own words. */
    definition: text('定义（definition）'),
    /** Other spellings or names people search for. */
    aliases: textList('别名（aliases）'),
    /** Slugs of regulations that set the rule. */
    regulations: slugList('相关法规（regulations）'),
    /** Slugs of guides that explain it. */
    guides: slugList('相关指南（guides）'),
    /** Fact-sheet ids backing the definition. */
    facts: factIds(),
    /** The definition rests on a single-source fact: shown with the 单一来源 mark. */
    singleSource: z.boolean({ error: 'singleSource 应当写 true 或 false' }).default(false),
    /** Link the term automatically where pages first use it (false for words too common to link). */
    autoLink: z.boolean({ error: 'autoLink 应当写 true 或 false' }).default(true),
  })
  .strict();

export type GlossaryData = z.output<typeof glossarySchema>;
