// Rule: a guide that names one of the site's templates (文书范本) by its title links to it, so a
// reader who is told to use the 样式 can open it in one click.
import type { GuideData } from '../../../schemas/guide';
import { proseText } from '../mdx';
import { at, type Rule } from './types';

export const templateLinkRules: Rule = (model) => {
  const templates = model.entries.filter((e) => e.collection === 'templates' && e.data).map((e) => ({ slug: e.slug, title: (e.data as GuideData).title }));
  const problems = [];
  for (const e of model.entries) {
    if (e.collection !== 'guides' || !e.mdx) continue;
    for (const { text, line } of proseText(e.mdx, e.source.bodyLine, true)) {
      for (const t of templates) {
        if (text.includes(t.title)) problems.push(at(e, line, `提到了文书范本《${t.title}》却没有链接：请写成 [《${t.title}》](/templates/${t.slug}/)`));
      }
    }
  }
  return problems;
};
