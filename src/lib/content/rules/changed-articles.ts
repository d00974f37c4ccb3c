// Warning (the build goes on): a citation of an imported text's article whose wording differs from
// the same-numbered article of the text's previous version — the citation may need another look.
import type { RegulationData } from '../../../schemas/regulation';
import { numberedLabel } from '../../chinese-numerals';
import { articlePlainText, articlesByNumber } from '../../full-text';
import { normalizeForCompare } from '../../text-diff';
import { resolveCitation } from '../../citations';
import { at, type Rule } from './types';

export const changedArticleWarnings: Rule = (model) => {
  const warnings = [];
  for (const [entry, found] of model.citations) {
    for (const c of found.citations) {
      if (c.art === undefined) continue;
      const resolved = resolveCitation(model.index, c);
      if (!resolved.ok) continue;
      const family = model.versionsOf.get(resolved.target.textSlug);
      const position = family?.findIndex((v) => v.slug === resolved.target.textSlug) ?? -1;
      if (!family || position < 1) continue;
      const now = family[position]!.data as RegulationData;
      const before = family[position - 1]!.data as RegulationData;
      const a = articlesByNumber(now.text!).get(c.art);
      const b = articlesByNumber(before.text!).get(c.art);
      if (a && b && normalizeForCompare(articlePlainText(a)) === normalizeForCompare(articlePlainText(b))) continue;
      warnings.push(at(entry, c.line, `提示：所引《${now.title}》${numberedLabel(c.art, '条')}与 ${before.issued} 版${b ? '的同号条文不同' : '相比是新增的条号'}，请核对引用是否仍然准确（修订对照见 /regulations/${resolved.target.textSlug}/changes/）`));
    }
  }
  return warnings;
};
