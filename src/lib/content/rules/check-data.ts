// Rule: the citation checker's data holds up. A wrong claim's rule cites what exists and names its
// sources; an “old number” is not one of the current version's verified numbers (else the checker
// would call a right citation old).
import type { CheckFileData } from '../../../schemas/check';
import type { RegulationData } from '../../../schemas/regulation';
import type { Problem } from '../entries';
import { resolveCitation } from '../../citations';
import { at, type Rule } from './types';

export const checkDataRules: Rule = (model) => {
  const problems: Problem[] = [];
  for (const e of model.entries) {
    if (e.collection !== 'check' || !e.data) continue;
    const d = e.data as CheckFileData;
    d.wrongClaims.forEach((w, i) => {
      const resolved = resolveCitation(model.index, { reg: w.reg, art: w.art, ch: w.ch });
      if (!resolved.ok) problems.push(at(e, e.source.lineOf(['wrongClaims', i, 'reg']), `错误说法“${w.id}”的依据无效：${resolved.message}`));
      if (w.facts.length === 0 && !w.sheetRef) problems.push(at(e, e.source.lineOf(['wrongClaims', i, 'id']), `错误说法“${w.id}”没有事实编号：写 facts 或 sheetRef`));
    });
    d.oldNumbers.forEach((o, i) => {
      const reg = model.entry('regulations', o.reg);
      if (!reg?.data) return problems.push(at(e, e.source.lineOf(['oldNumbers', i, 'reg']), `旧条号的法规“${o.reg}”不存在`));
      if ((reg.data as RegulationData).articles.some((a) => a.n === o.art)) problems.push(at(e, e.source.lineOf(['oldNumbers', i, 'art']), `第 ${o.art} 条是现行版本已核实的条号，不能列为旧条号`));
      if (o.facts.length === 0 && !o.sheetRef) problems.push(at(e, e.source.lineOf(['oldNumbers', i, 'art']), `旧条号没有事实编号：写 facts 或 sheetRef`));
    });
  }
  return problems;
};
