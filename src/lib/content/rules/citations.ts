// Rule: every <Cite> tag is well formed and resolves — the regulation exists, and so does the article
// or chapter (a study guide's verified list, or its imported full text). A regulation that failed
// its own checks is reported once, not again at every citation of it.
import { resolveCitation } from '../../citations';
import { at, type Rule } from './types';

export const citationRules: Rule = (model) => {
  const invalid = new Set(model.entries.filter((e) => e.collection === 'regulations' && !e.data).map((e) => e.slug));
  const problems = [];
  for (const [entry, found] of model.citations) {
    for (const p of found.problems) problems.push(at(entry, p.line, p.message));
    for (const c of found.citations) {
      if (invalid.has(c.reg)) continue;
      const resolved = resolveCitation(model.index, c);
      if (!resolved.ok) {
        problems.push(at(entry, c.line, `引用无效 <Cite reg="${c.reg}"${c.art ? ` art={${c.art}}` : ''}${c.ch ? ` ch={${c.ch}}` : ''} />：${resolved.message}`));
      }
    }
  }
  return problems;
};
