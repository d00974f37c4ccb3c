// Rule: file names are page addresses — lowercase letters, digits and hyphens, and no two files of
// one collection may share a name (a file in a subfolder included). Plus every problem met reading
// a file (YAML/JSON/MDX syntax, schema).
import { isSlug } from '../../slugs';
import { at, type Rule } from './types';

export const fileRules: Rule = (model) => {
  const problems = model.entries.flatMap((e) => e.problems);
  const seen = new Map<string, string>();
  for (const e of model.entries) {
    if (!isSlug(e.slug)) problems.push(at(e, 1, `文件名“${e.slug}”只能用小写字母、数字和连字符（它就是页面网址），例如 xuanba-renyong`));
    const key = `${e.collection}/${e.slug}`;
    const other = seen.get(key);
    if (other) problems.push(at(e, 1, `文件名“${e.slug}”与 ${other} 重复：同一栏目中的文件名（即网址）不能相同，子文件夹也算在内`));
    else seen.set(key, e.file.path);
  }
  return problems;
};
