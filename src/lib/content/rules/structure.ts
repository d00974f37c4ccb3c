// Rule: the structure of regulations — numbering of 章/节/条 in full texts (MDX or imported .json),
// chapters of study guides, the chapter each verified article sits in, an imported text's shape,
// and the links between texts (studyGuide → a study guide; versionOf → a current imported text).
import type { RegulationData } from '../../../schemas/regulation';
import { checkFullText } from '../../full-text';
import { at, type Rule } from './types';

export const structureRules: Rule = (model) => {
  const problems = [];
  for (const e of model.entries) {
    if (e.collection !== 'regulations' || !e.data) continue;
    const data = e.data as RegulationData;
    const isJson = e.file.path.endsWith('.json');
    if (isJson && (data.kind !== '全文' || !data.text)) {
      problems.push(at(e, e.source.lineOf(['kind']), '导入的全文（.json）应当是 kind: 全文，并带有 text（条文）'));
      continue;
    }
    if (!isJson && data.text) {
      problems.push(at(e, e.source.lineOf(['text']), 'text 只用于导入的全文（.json）：MDX 页面的正文写在 frontmatter 之后'));
      continue;
    }
    const outline = model.outlines.get(e.slug);
    if (data.text) {
      for (const p of checkFullText(data.text)) problems.push(at(e, e.source.lineOf(p.path), p.message));
    } else if (outline && data.kind === '全文') {
      for (const p of outline.problems) problems.push(at(e, p.line, p.message));
      if (outline.articles.length === 0) problems.push(at(e, e.source.bodyLine, '全文中没有找到任何条文：每条应另起一段，以“第X条”加空格开头'));
    } else if (outline) {
      for (const p of outline.problems.filter((p) => p.level !== 'article')) problems.push(at(e, p.line, p.message));
      const chapters = new Set(outline.chapters.map((c) => c.n));
      data.articles.forEach((a, i) => {
        if (a.chapter !== undefined && !chapters.has(a.chapter)) {
          problems.push(at(e, e.source.lineOf(['articles', i, 'chapter']), `articles 中第 ${a.n} 条所在的第 ${a.chapter} 章在正文中不存在（正文应有“## 第X章”标题）`));
        }
      });
    }
    if (data.studyGuide) {
      const guide = model.entry('regulations', data.studyGuide);
      if (!guide) problems.push(at(e, e.source.lineOf(['studyGuide']), `studyGuide 指向的导读“${data.studyGuide}”不存在`));
      else if (guide.data && (guide.data as RegulationData).kind !== '导读') problems.push(at(e, e.source.lineOf(['studyGuide']), `studyGuide 应当指向导读，“${data.studyGuide}”不是导读`));
    }
    if (data.versionOf) {
      const current = model.entry('regulations', data.versionOf);
      const currentData = current?.data as RegulationData | null | undefined;
      if (!current) problems.push(at(e, e.source.lineOf(['versionOf']), `versionOf 指向的法规“${data.versionOf}”不存在`));
      else if (currentData && (!currentData.text || currentData.versionOf || !data.text)) {
        problems.push(at(e, e.source.lineOf(['versionOf']), `versionOf 应当指向导入的全文的现行版本，“${data.versionOf}”不是`));
      }
    }
  }
  return problems;
};
