// Rule: a page that names one of the site's regulations in 书名号 links it at least once (a <Cite>
// or a link to its page), so a reader can open what the page relies on. Names are the full title,
// the short title and the aliases; a regulation's own page and versions of one text don't count.
import type { RegulationData } from '../../../schemas/regulation';
import { jsxTags, proseText } from '../mdx';
import { at, type Rule } from './types';

export const regulationLinkRules: Rule = (model) => {
  const names = new Map<string, string>(); // 《name》 → slug
  for (const e of model.entries) {
    if (e.collection !== 'regulations' || !e.data) continue;
    const d = e.data as RegulationData;
    if (d.text) continue; // imported texts: their study guide is the page to link
    for (const n of [d.title, d.shortTitle, ...d.aliases]) if (n && !names.has(n)) names.set(n, e.slug);
  }
  const problems = [];
  for (const e of model.entries) {
    if (!e.mdx || !['regulations', 'guides', 'templates'].includes(e.collection)) continue;
    const linked = new Set<string>();
    for (const tag of jsxTags(e.mdx, e.source.bodyLine, 'Cite')) linked.add(String(tag.attributes.get('reg')));
    for (const m of e.source.body.matchAll(/\]\(\/regulations\/([a-z0-9-]+)\//g)) linked.add(m[1]!);
    const reported = new Set<string>();
    for (const { text, line } of proseText(e.mdx, e.source.bodyLine, true)) {
      for (const m of text.matchAll(/《([^》]+)》/g)) {
        const slug = names.get(m[1]!);
        if (!slug || slug === e.slug || linked.has(slug) || reported.has(slug)) continue;
        reported.add(slug);
        problems.push(at(e, line, `提到《${m[1]}》但全页没有链接它：第一次提到时写成 <Cite reg="${slug}" />（或 full 写全称）`));
      }
    }
  }
  return problems;
};
