// Rule: an article number verified by a single source only (`singleSource: true` in a study guide's
// `articles`) is never cited bare. In a page the citation's paragraph, heading or table cell carries
// <SingleSource />; a figures row citing it is not presented as settled (`status: 全国规定`).
import type { FiguresFileData } from '../../../schemas/figures';
import type { RegulationData } from '../../../schemas/regulation';
import { readCitationNumber } from '../../citations';
import { tagBlocks } from '../mdx';
import { at, type Rule } from './types';

export const singleSourceRules: Rule = (model) => {
  const single = new Set<string>();
  for (const e of model.entries) {
    if (e.collection !== 'regulations' || !e.data) continue;
    for (const a of (e.data as RegulationData).articles ?? []) if (a.singleSource) single.add(`${e.slug}#${a.n}`);
  }
  const problems = [];
  for (const e of model.entries) {
    if (e.mdx) {
      for (const block of tagBlocks(e.mdx, e.source.bodyLine)) {
        if (block.some((t) => t.name === 'SingleSource')) continue;
        for (const tag of block) {
          const reg = tag.attributes.get('reg');
          const art = tag.attributes.get('art');
          if (tag.name !== 'Cite' || typeof reg !== 'string' || (typeof art !== 'string' && typeof art !== 'number')) continue;
          const n = readCitationNumber(art, '条');
          if (n !== null && single.has(`${reg}#${n}`)) {
            problems.push(at(e, tag.line, `${tag.raw} 引用的条号只有单一来源核实：在同一段（或同一表格单元格）加上 <SingleSource />`));
          }
        }
      }
    }
    if (e.collection === 'figures' && e.data) {
      (e.data as FiguresFileData).figures.forEach((f, i) => {
        if (f.art !== undefined && single.has(`${f.reg}#${f.art}`) && f.status === '全国规定') {
          problems.push(at(e, e.source.lineOf(['figures', i, 'status']), `数字“${f.topic}”引用的条号只有单一来源核实：status 应为“以正式文本为准”，并在 note 中写明“单一来源”`));
        }
      });
    }
  }
  return problems;
};
