// Rule: every claim of position and number can be traced to the fact sheets. A <Cite> of an article
// or chapter has a comment in its paragraph (or its table, or right after it) naming fact ids or the
// sheet table it rests on; every figures row, and every verified article of a study guide, lists
// fact ids — or, for sheet tables that have no ids, names the table in `sheetRef`.
import type { FiguresFileData } from '../../../schemas/figures';
import type { RegulationData } from '../../../schemas/regulation';
import { bodyBlocks } from '../mdx';
import { at, type Rule } from './types';

/** A comment that points into the fact sheets: an id (1-70, 11-00a) or a named sheet table. */
const PROVENANCE = /(?<![\d.])\d{1,2}-\d{2,3}[a-z]?(?![\d-])|清单|round ?\d|第[一二三四]轮/;

export const provenanceRules: Rule = (model) => {
  // Study guides are checked against the sheets; a 范本 the site wrote or an imported official text
  // is itself the source of what a citation into it says.
  const studied = new Set(model.entries.filter((e) => e.collection === 'regulations' && (e.data as RegulationData | null)?.kind === '导读' && (e.data as RegulationData).category !== '范本').map((e) => e.slug));
  const problems = [];
  for (const e of model.entries) {
    if (e.mdx) {
      for (const block of bodyBlocks(e.mdx, e.source.bodyLine, 'tables')) {
        if (block.comments.some((c) => PROVENANCE.test(c))) continue;
        for (const tag of block.tags) {
          const reg = String(tag.attributes.get('reg'));
          // On a study guide's own page, its articles list and chapter headings carry the provenance.
          if (!studied.has(reg) || (e.collection === 'regulations' && e.slug === reg)) continue;
          if (tag.name === 'Cite' && (tag.attributes.has('art') || tag.attributes.has('ch'))) {
            problems.push(at(e, tag.line, `${tag.raw} 旁边没有注明依据：在同一段（或表格后）写上事实编号注释，例如 {/* 1-70 */}`));
          }
        }
      }
    }
    if (e.collection === 'figures' && e.data) {
      (e.data as FiguresFileData).figures.forEach((f, i) => {
        if (f.facts.length === 0 && !f.sheetRef) problems.push(at(e, e.source.lineOf(['figures', i, 'id']), `数字“${f.topic}”没有事实编号：写 facts，核查清单中该表没有编号的，用 sheetRef 写明清单和表（如“第二轮清单1.2表”）`));
      });
    }
    if (e.collection === 'regulations' && e.data) {
      ((e.data as RegulationData).articles ?? []).forEach((a, i) => {
        if (a.facts.length === 0 && !a.sheetRef) problems.push(at(e, e.source.lineOf(['articles', i, 'n']), `第 ${a.n} 条（articles）没有事实编号：写 facts，核查清单中该表没有编号的，用 sheetRef 写明清单和表`));
      });
    }
  }
  return problems;
};
