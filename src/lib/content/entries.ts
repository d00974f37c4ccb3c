// One content file read into an entry: its data (YAML frontmatter, a YAML file or an imported .json
// text) checked against its collection's schema, its MDX body parsed into a tree, and every problem
// met on the way as file:line. Pure: the file's text comes in, nothing is read from disk.
import type { z } from 'astro/zod';
import { SCHEMAS, type CollectionName } from '../../schemas';
import { parseSource, type ParsedSource } from '../source-file';
import { slugOf } from '../slugs';
import { parseMdx, type MdxTree } from './mdx';

export interface ContentFile {
  collection: CollectionName;
  /** Path as shown in messages, relative to the repository: content/guides/x.mdx */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface ContentEntry {
  file: ContentFile;
  collection: CollectionName;
  /** File name without folder and extension: the page's address. */
  slug: string;
  source: ParsedSource;
  /** The data when it passed its schema (with defaults filled in), else null. */
  data: Record<string, unknown> | null;
  /** The body of an .mdx file, parsed; null for data files and unreadable bodies. */
  mdx: MdxTree | null;
  /** Problems reading the file: syntax of YAML/JSON/MDX, schema. */
  problems: Problem[];
}

export function readEntry(file: ContentFile): ContentEntry {
  const source = parseSource(file);
  const problems: Problem[] = source.errors.map((e) => ({ file: file.path, line: e.line, message: e.message }));
  let data: Record<string, unknown> | null = null;
  if (source.data) {
    const result = (SCHEMAS[file.collection] as z.ZodType).safeParse(source.data);
    if (result.success) data = result.data as Record<string, unknown>;
    else for (const issue of result.error.issues) problems.push({ file: file.path, line: source.lineOf(issue.path), message: describeIssue(issue) });
  }
  let mdx: MdxTree | null = null;
  if (file.path.endsWith('.mdx')) {
    const parsed = parseMdx(source.body, source.bodyLine);
    if (parsed.ok) mdx = parsed.tree;
    else problems.push({ file: file.path, line: parsed.line, message: parsed.message });
  }
  return { file, collection: file.collection, slug: slugOf(file.path), source, data, mdx, problems };
}

/** Turns a schema issue into a sentence; our schemas word most messages, zod's defaults are translated. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `未知字段：${issue.keys.join('、')}（字段名拼写有误？可用字段见 docs/content-format.md）`;
  }
  const where = issue.path.length > 0 ? issue.path.join('.') : '';
  if (/^Invalid input|^Invalid option|^Too (small|big)|^Expected/.test(issue.message)) {
    return `${where ? `${where}：` : ''}格式不对（${issue.message}）`;
  }
  return issue.message;
}

/** One line per problem: `content/x.mdx:12: message`. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
