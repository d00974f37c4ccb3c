// Rule: self-test questions are held to the same standard as pages. Ids are unique across files
// (progress is stored under them); each question's citation resolves; an answer resting on a
// single-source article says so; every question names the fact ids or sheet table it rests on.
import type { PracticeFileData } from '../../../schemas/practice';
import type { RegulationData } from '../../../schemas/regulation';
import type { StudyPathData } from '../../../schemas/study';
import { resolveCitation } from '../../citations';
import type { Problem } from '../entries';
import { at, type Rule } from './types';

export const practiceRules: Rule = (model) => {
  const single = new Set<string>();
  for (const e of model.entries) {
    if (e.collection !== 'regulations' || !e.data) continue;
    for (const a of (e.data as RegulationData).articles ?? []) if (a.singleSource) single.add(`${e.slug}#${a.n}`);
  }
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of model.entries) {
    if (e.collection !== 'practice' || !e.data) continue;
    (e.data as PracticeFileData).questions.forEach((q, i) => {
      const line = (field: string) => e.source.lineOf(['questions', i, field]);
      const earlier = seen.get(q.id);
      if (earlier) problems.push(at(e, line('id'), `题目编号“${q.id}”重复（已在 ${earlier} 中使用）`));
      seen.set(q.id, e.file.path);
      const resolved = resolveCitation(model.index, { reg: q.reg, art: q.art, ch: q.ch });
      if (!resolved.ok) problems.push(at(e, line(q.art ? 'art' : q.ch ? 'ch' : 'reg'), `题目“${q.id}”的出处无效：${resolved.message}`));
      if (q.art !== undefined && single.has(`${q.reg}#${q.art}`) && !q.singleSource) {
        problems.push(at(e, line('art'), `题目“${q.id}”引用的条号只有单一来源核实：写 singleSource: true`));
      }
      if (q.facts.length === 0 && !q.sheetRef) problems.push(at(e, line('id'), `题目“${q.id}”没有事实编号：写 facts，核查清单中该表没有编号的，用 sheetRef 写明清单和表`));
    });
  }
  // A learning path's short check names questions that exist.
  for (const e of model.entries) {
    if (e.collection !== 'study' || !e.data) continue;
    (e.data as StudyPathData).check.forEach((id, i) => {
      if (!seen.has(id)) problems.push(at(e, e.source.lineOf(['check', i]), `单元小测中的题目“${id}”不存在（content/practice/ 中没有这个编号）`));
    });
  }
  return problems;
};
