// Rule: no article number typed by hand (第二十六条, 第26条) in prose of guides, templates and study
// guides — every one goes through <Cite>, so it is checked and linked. Full texts are the text
// itself; a glossary definition (YAML, no <Cite>) names regulation and chapter instead.
import type { RegulationData } from '../../../schemas/regulation';
import { CHINESE_NUMERAL_CHARS } from '../../chinese-numerals';
import { proseText } from '../mdx';
import { at, type Rule } from './types';

const ARTICLE = new RegExp(`第[${CHINESE_NUMERAL_CHARS}0-9０-９]+条`, 'g');

/** Hand-typed article numbers in a text, with the line each sits on. */
export function bareArticleNumbers(text: string, line: number): Array<{ text: string; line: number }> {
  const found: Array<{ text: string; line: number }> = [];
  for (let m = ARTICLE.exec(text); m; m = ARTICLE.exec(text)) found.push({ text: m[0], line: line + (text.slice(0, m.index).match(/\n/g)?.length ?? 0) });
  ARTICLE.lastIndex = 0;
  return found;
}

export const bareArticleRules: Rule = (model) => {
  const problems = [];
  for (const e of model.entries) {
    // An invalid regulation's kind is unknown, so it is skipped too.
    const isFullText = e.collection === 'regulations' && (e.data as RegulationData | null)?.kind !== '导读';
    if (e.mdx && !isFullText) {
      for (const { text, line } of proseText(e.mdx, e.source.bodyLine)) {
        for (const bare of bareArticleNumbers(text, line)) problems.push(at(e, bare.line, `手写的条号“${bare.text}”：请改用 <Cite reg="…" art={N} />，以便检查条号并生成链接`));
      }
    }
    if (e.collection === 'glossary' && typeof e.data?.definition === 'string') {
      for (const bare of bareArticleNumbers(e.data.definition, 1)) {
        problems.push(at(e, e.source.lineOf(['definition']), `术语定义中不要写条号“${bare.text}”（YAML 中无法引用）：写法规名称和章即可`));
      }
    }
  }
  return problems;
};
