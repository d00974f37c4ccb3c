// The file an import writes: content/regulations/<slug>.json, one regulation's metadata and its
// full-text tree as plain strings. Written deterministically (same input, same bytes) and checked
// with the same schema and structural rules as the build, so the tool never writes a file the next
// build would reject.
import { regulationSchema, type RegulationData } from '../../schemas/regulation';
import { checkFullText, type TextNode } from '../full-text';
import type { NoteMeta } from './note';

export interface RegulationFileData {
  title: string;
  shortTitle?: string;
  issuer: string;
  issued: string;
  effective?: string;
  adopted?: NoteMeta['adopted'];
  status: string;
  category: string;
  kind: '全文';
  version: string;
  summary: string;
  studyGuide?: string;
  versionOf?: string;
  source: { file: string; sha256: string; format: 'docx' | 'utf-8' | 'gb18030' };
  note?: string;
  text: TextNode[];
}

/** The file's text: keys in a fixed order, two-space JSON, a final newline. */
export function serializeRegulationFile(data: RegulationFileData): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ['title', 'shortTitle', 'issuer', 'issued', 'effective', 'adopted', 'status', 'category', 'kind', 'version', 'summary', 'studyGuide', 'versionOf', 'source', 'note', 'text'] as const) {
    if (data[key] !== undefined) ordered[key] = data[key];
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Every reason the build would reject this file, as sentences (schema and structure); [] when it
 * would be accepted. Cross-file checks (the study guide exists …) are left to the content check.
 */
export function problemsOfRegulationFile(data: RegulationFileData): string[] {
  const result = regulationSchema.safeParse(data);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '文件'}：${i.message}`);
  return [...problems, ...checkFullText(data.text).map((p) => p.message)];
}

export function readRegulationFile(text: string): RegulationData | null {
  try {
    const result = regulationSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
