// Rule: MDX pages use only the site's components (src/lib/mdx-component-names.ts), no import or
// export statements, and {…} only for comments ({/* 1-70 */}) — content is text, not code.
import { MDX_COMPONENT_NAMES } from '../../mdx-component-names';
import { esmStatements, expressions, jsxTags } from '../mdx';
import { at, type Rule } from './types';

const ALLOWED = new Set<string>(MDX_COMPONENT_NAMES);

export const componentRules: Rule = (model) => {
  const problems = [];
  for (const e of model.entries) {
    if (!e.mdx) continue;
    for (const tag of jsxTags(e.mdx, e.source.bodyLine)) {
      if (!ALLOWED.has(tag.name)) problems.push(at(e, tag.line, `不认识的组件 <${tag.name}>：可用的有 ${[...ALLOWED].join('、')}`));
    }
    for (const s of esmStatements(e.mdx, e.source.bodyLine)) {
      problems.push(at(e, s.line, `内容中不能写 import/export（组件无需引入，直接使用）：${s.value.split('\n')[0]}`));
    }
    for (const x of expressions(e.mdx, e.source.bodyLine)) {
      if (!x.comment) problems.push(at(e, x.line, `正文中的 {…} 只能用来写注释，例如 {/* 1-70 */}：{${x.value.slice(0, 40)}}`));
    }
  }
  return problems;
};
