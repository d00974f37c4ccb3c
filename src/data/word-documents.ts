// Which entries can be downloaded as Word documents (every template, and each 范本 the site wrote),
// and their bytes: the entry's parsed MDX with citations, terms and figures as the page shows them.
import { CONTENT_DIR } from '../site-config';
import { loadContent } from './load-content';
import { siteContent } from './content';
import { resolveCitation, readCitationNumber, type CitationRef } from '../lib/citations';
import { docxBytes, type DocxFigure } from '../lib/docx/from-mdx';
import type { AttributeValue } from '../lib/content/mdx';
import type { RegulationData } from '../schemas/regulation';
import { formatChineseDate } from '../lib/dates';

export type WordKind = 'regulations' | 'templates';

/** A regulation page written by this site as a model text (范本), not an imported official text. */
export function isSiteModelText(data: RegulationData): boolean {
  return data.category === '范本' && !data.text;
}

/** Slugs of the entries of this kind that have a Word version. */
export async function wordEntries(kind: WordKind): Promise<Array<{ slug: string; title: string }>> {
  const content = await siteContent();
  return kind === 'templates'
    ? content.templates.map((t) => ({ slug: t.id, title: t.data.title }))
    : content.regulations.filter((r) => isSiteModelText(r.data)).map((r) => ({ slug: r.id, title: r.data.title }));
}

const numberOf = (value: AttributeValue | undefined, unit: '条' | '章') =>
  typeof value === 'string' || typeof value === 'number' ? (readCitationNumber(value, unit) ?? undefined) : undefined;

/** The build's identity, printed in the document so a printed copy says which content it came from. */
export interface WordBuildInfo {
  contentVersion: string;
  builtAt: string;
}

export async function wordDocument(kind: WordKind, slug: string, build: WordBuildInfo): Promise<Uint8Array<ArrayBuffer>> {
  const { index, terms, figures } = await siteContent();
  const entry = loadContent(CONTENT_DIR).model.entry(kind, slug);
  if (!entry?.mdx || !entry.data) throw new Error(`no ${kind} entry ${slug} with an MDX body`);
  const label = (ref: CitationRef) => {
    const resolved = resolveCitation(index, ref);
    if (!resolved.ok) throw new Error(`${entry.file.path}: ${resolved.message}`);
    return resolved.label;
  };
  const what = kind === 'templates' ? '本站整理的样式' : '本站编写的范本';
  return docxBytes(
    {
      title: (entry.data as { title: string }).title,
      notice: `${what}，非正式文件。取自组工知识库（内容版本 ${build.contentVersion}，构建于 ${formatChineseDate(build.builtAt)}）；使用前按本地规定和正式文本核对。`,
      tree: entry.mdx,
    },
    {
      cite: (a) => label({ reg: String(a.get('reg')), art: numberOf(a.get('art'), '条'), ch: numberOf(a.get('ch'), '章'), full: a.get('full') === true }),
      term: (id) => terms.find((t) => t.id === id)?.data.term ?? id,
      figures: (a) => {
        const ids = a.get('ids');
        const rows = Array.isArray(ids) ? ids.map((id) => figures.find((f) => f.id === id)!) : figures.filter((f) => f.reg === a.get('reg'));
        return rows.map((f): DocxFigure => ({ topic: f.topic, value: f.value, source: label({ reg: f.reg, art: f.art, ch: f.ch }), status: f.status }));
      },
    },
  );
}
