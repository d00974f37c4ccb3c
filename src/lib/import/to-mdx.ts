// Writes a parsed regulation as an MDX full text in the site's format (## 第X章, ### 第X节,
// 第X条　… paragraphs), with frontmatter. Deterministic: the same input gives the same bytes.
import { numberedLabel } from '../chinese-numerals';
import type { Block, ParsedRegulationText } from './parse-regulation-text';

export interface ImportMeta {
  title: string;
  shortTitle?: string;
  issuer: string;
  issued: string;
  effective?: string;
  status: string;
  category: string;
  summary: string;
  version: string;
  /** Slug of this regulation's study guide, so citations of it link to this text. */
  studyGuide?: string;
  /** File name the text came from, for the provenance comment. */
  sourceName: string;
}

/** Escapes text so MDX shows it literally: no JSX, expressions, emphasis, or list markers. */
export function escapeMdxText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([`*_[\]#|~])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/^(\d+)([.)])/, '$1\\$2') // 1. would start a list
    .replace(/^([+-])(\s)/, '\\$1$2');
}

function yamlString(value: string): string {
  return JSON.stringify(value); // JSON strings are valid YAML double-quoted scalars
}

function frontmatter(meta: ImportMeta): string {
  const lines = [
    '---',
    `title: ${yamlString(meta.title)}`,
    ...(meta.shortTitle ? [`shortTitle: ${yamlString(meta.shortTitle)}`] : []),
    `issuer: ${yamlString(meta.issuer)}`,
    `issued: ${yamlString(meta.issued)}`,
    ...(meta.effective ? [`effective: ${yamlString(meta.effective)}`] : []),
    `status: ${yamlString(meta.status)}`,
    `category: ${yamlString(meta.category)}`,
    'kind: 全文',
    `version: ${yamlString(meta.version)}`,
    `summary: ${yamlString(meta.summary)}`,
    ...(meta.studyGuide ? [`studyGuide: ${yamlString(meta.studyGuide)}`] : []),
    '---',
  ];
  return lines.join('\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'part':
      return `## ${numberedLabel(block.n, '编')}${block.title ? `\u3000${escapeMdxText(block.title)}` : ''}`;
    case 'chapter':
      return `## ${numberedLabel(block.n, '章')}${block.title ? `\u3000${escapeMdxText(block.title)}` : ''}`;
    case 'section':
      return `### ${numberedLabel(block.n, '节')}${block.title ? `\u3000${escapeMdxText(block.title)}` : ''}`;
    case 'article':
      return `${numberedLabel(block.n, '条')}\u3000${escapeMdxText(block.text)}`;
    case 'appendix':
      return `## ${escapeMdxText(block.title)}`;
    case 'paragraph':
      return escapeMdxText(block.text);
  }
}

export function toMdx(parsed: ParsedRegulationText, meta: ImportMeta): string {
  const parts = [
    frontmatter(meta),
    '',
    `{/* 由 npm run import 从“${meta.sourceName.replace(/\*\//g, '')}”导入。条文请勿手工修改：需要更正时，修改源文件后用 --force 重新导入。 */}`,
    '',
  ];
  if (parsed.note) parts.push(escapeMdxText(parsed.note), '');
  for (const block of parsed.blocks) parts.push(blockText(block), '');
  return `${parts.join('\n').trimEnd()}\n`;
}

/** The category a title suggests: 《…条例》 → 条例, etc.; 规范性文件 otherwise. */
export function guessCategory(title: string): string {
  const suffix = /(条例|规定|办法|规则|细则|准则)(（[^）]*）)?$/.exec(title);
  return suffix ? suffix[1]! : '规范性文件';
}
