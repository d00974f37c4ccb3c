// Rule: cross-references between entries exist — <Term id> names a glossary entry, and the
// regulations/guides lists in data name existing files.
import { jsxTags } from '../mdx';
import { at, type Rule } from './types';

export const referenceRules: Rule = (model) => {
  const problems = [];
  const has = (collection: 'regulations' | 'guides' | 'glossary', slug: string) => model.entry(collection, slug) !== undefined;
  for (const e of model.entries) {
    if (e.mdx) {
      for (const tag of jsxTags(e.mdx, e.source.bodyLine, 'Term')) {
        const id = tag.attributes.get('id');
        if (typeof id !== 'string') problems.push(at(e, tag.line, `<Term> 缺少 id="术语文件名"：${tag.raw}`));
        else if (!has('glossary', id)) problems.push(at(e, tag.line, `<Term id="${id}"> 找不到这个术语（content/glossary/ 下没有 ${id}.yaml）`));
      }
    }
    if (!e.data) continue;
    for (const key of ['regulations', 'guides'] as const) {
      const list = e.data[key];
      if (!Array.isArray(list)) continue;
      list.forEach((slug: string, i) => {
        if (!has(key, slug)) problems.push(at(e, e.source.lineOf([key, i]), `${key} 中的“${slug}”不存在（content/${key}/下没有这个文件）`));
      });
    }
  }
  return problems;
};
