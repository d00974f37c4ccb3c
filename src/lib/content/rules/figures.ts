// Rule: figure rows have unique ids and citations that resolve; <Figures> tags name rows or
// regulations that exist.
import type { FiguresFileData } from '../../../schemas/figures';
import { resolveCitation } from '../../citations';
import { jsxTags } from '../mdx';
import { at, type Rule } from './types';

export const figureRules: Rule = (model) => {
  const problems = [];
  const invalid = new Set(model.entries.filter((e) => e.collection === 'regulations' && !e.data).map((e) => e.slug));
  const ids = new Map<string, string>();
  for (const e of model.entries) {
    if (e.collection !== 'figures' || !e.data) continue;
    (e.data as FiguresFileData).figures.forEach((figure, i) => {
      const seen = ids.get(figure.id);
      if (seen) problems.push(at(e, e.source.lineOf(['figures', i, 'id']), `数字编号“${figure.id}”重复（已在 ${seen} 中使用）`));
      ids.set(figure.id, e.file.path);
      if (invalid.has(figure.reg)) return;
      const resolved = resolveCitation(model.index, { reg: figure.reg, art: figure.art, ch: figure.ch });
      if (!resolved.ok) problems.push(at(e, e.source.lineOf(['figures', i, figure.art ? 'art' : figure.ch ? 'ch' : 'reg']), `数字“${figure.topic}”的出处无效：${resolved.message}`));
    });
  }
  const regsWithFigures = new Set(model.figures.map((f) => f.reg));
  for (const e of model.entries) {
    if (!e.mdx) continue;
    for (const tag of jsxTags(e.mdx, e.source.bodyLine, 'Figures')) {
      const reg = tag.attributes.get('reg');
      const list = tag.attributes.get('ids');
      if (typeof reg === 'string') {
        if (!regsWithFigures.has(reg)) problems.push(at(e, tag.line, `<Figures reg="${reg}"> 没有任何数字引用这部法规（content/figures/ 中没有 reg: ${reg} 的行）`));
      } else if (Array.isArray(list)) {
        if (list.length === 0) problems.push(at(e, tag.line, `<Figures ids={…}> 应当列出数字编号，例如 ids={["gongshi-qi"]}：${tag.raw}`));
        for (const id of list) if (!ids.has(id)) problems.push(at(e, tag.line, `<Figures> 中的数字编号“${id}”不存在（content/figures/ 中没有这一行）`));
      } else {
        problems.push(at(e, tag.line, `<Figures> 需要 reg="法规文件名" 或 ids={["编号"]}：${tag.raw}`));
      }
    }
  }
  return problems;
};
