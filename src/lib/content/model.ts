// The site's content model, built once from the read entries: the outline of every regulation, the
// index citations resolve against (study guides linked to their imported full texts), the citations
// of every page, who cites each regulation, the figure rows, and the versions of imported texts.
// The content check's rules and the pages read this same model. Pure: entries in, model out.
import type { RegulationData } from '../../schemas/regulation';
import type { FiguresFileData, Figure } from '../../schemas/figures';
import type { Pillar } from '../../schemas/guide';
import { extractCitations, type CitationInSource, type RegulationIndex, type RegulationTarget } from '../citations';
import type { Outline } from '../outline';
import { outlineOfTree } from '../outline';
import { outlineOfFullText } from '../full-text';
import type { CollectionName } from '../../schemas';
import type { ContentEntry } from './entries';

/** A page that cites a regulation, with the articles it cites (empty: the whole text or chapters). */
export interface CitingPage {
  title: string;
  section: 'regulations' | 'guides' | 'templates';
  slug: string;
  articles: number[];
}

/** One figure row with the pillar and file it came from. */
export type FigureRow = Figure & { pillar: Pillar; file: string };

export interface SiteModel {
  entries: ContentEntry[];
  /** The entry of a collection with this slug (the first one, if names repeat). */
  entry(collection: CollectionName, slug: string): ContentEntry | undefined;
  /** Chapters and articles of every regulation whose data is valid. */
  outlines: Map<string, Outline>;
  index: RegulationIndex;
  /** The citations written in each MDX entry, and problems with the tags themselves. */
  citations: Map<ContentEntry, { citations: CitationInSource[]; problems: Array<{ line: number; message: string }> }>;
  citedBy: Map<string, CitingPage[]>;
  figures: FigureRow[];
  /** For each imported text that has other versions: all of them, oldest first. */
  versionsOf: Map<string, ContentEntry[]>;
}

const regulationData = (e: ContentEntry) => e.data as RegulationData | null;

/** The target citations of one regulation resolve against: its chapters, and its citable articles. */
function regulationTarget(slug: string, data: RegulationData, outline: Outline): RegulationTarget {
  return {
    slug,
    title: data.title,
    shortTitle: data.shortTitle ?? data.title,
    kind: data.kind,
    chapters: new Set(outline.chapters.map((c) => c.n)),
    articles: new Set(data.kind === '全文' ? outline.articles.map((a) => a.n) : data.articles.map((a) => a.n)),
    textSlug: slug,
  };
}

/**
 * Links study guides to imported full texts: a guide whose full text is present takes that text's
 * chapters and articles, and citations of it point into the text.
 */
function linkFullTexts(targets: ReadonlyMap<string, RegulationTarget>, guideOf: (slug: string) => string | undefined): Map<string, RegulationTarget> {
  const index = new Map(targets);
  for (const [slug, target] of targets) {
    const guide = guideOf(slug);
    const guideTarget = guide ? index.get(guide) : undefined;
    if (!guide || !guideTarget || target.kind !== '全文') continue;
    index.set(guide, { ...guideTarget, chapters: target.chapters, articles: target.articles, textSlug: slug });
  }
  return index;
}

/** Who cites each regulation, from the citations of regulation, guide and template pages. */
export function citedByOf(pages: Array<{ section: CitingPage['section']; slug: string; title: string; citations: CitationInSource[] }>): Map<string, CitingPage[]> {
  const citedBy = new Map<string, CitingPage[]>();
  for (const page of pages) {
    const byReg = new Map<string, Set<number>>();
    for (const c of page.citations) {
      if (page.section === 'regulations' && c.reg === page.slug) continue; // a text citing itself
      const arts = byReg.get(c.reg) ?? new Set<number>();
      if (c.art !== undefined) arts.add(c.art);
      byReg.set(c.reg, arts);
    }
    for (const [reg, arts] of byReg) {
      const list = citedBy.get(reg) ?? [];
      list.push({ title: page.title, section: page.section, slug: page.slug, articles: [...arts].sort((a, b) => a - b) });
      citedBy.set(reg, list);
    }
  }
  return citedBy;
}

const byIssued = (a: ContentEntry, b: ContentEntry) => {
  const x = regulationData(a)!.issued;
  const y = regulationData(b)!.issued;
  return x < y ? -1 : x > y ? 1 : 0;
};

export function buildModel(entries: ContentEntry[]): SiteModel {
  const lookup = new Map<string, ContentEntry>();
  for (const e of entries) if (!lookup.has(`${e.collection}/${e.slug}`)) lookup.set(`${e.collection}/${e.slug}`, e);
  const entry = (collection: CollectionName, slug: string) => lookup.get(`${collection}/${slug}`);
  const regulations = entries.filter((e) => e.collection === 'regulations' && e.data);

  const outlines = new Map<string, Outline>();
  for (const r of regulations) {
    const data = regulationData(r)!;
    if (data.text) outlines.set(r.slug, outlineOfFullText(data.text));
    else if (r.mdx) outlines.set(r.slug, outlineOfTree(r.mdx, r.source.bodyLine));
  }
  const index = linkFullTexts(
    new Map([...outlines].map(([slug, outline]) => [slug, regulationTarget(slug, regulationData(entry('regulations', slug)!)!, outline)])),
    (slug) => regulationData(entry('regulations', slug)!)?.studyGuide,
  );

  const citations: SiteModel['citations'] = new Map();
  for (const e of entries) if (e.mdx) citations.set(e, extractCitations(e.mdx, e.source.bodyLine));
  const pages = entries
    .filter((e): e is ContentEntry & { collection: CitingPage['section'] } => e.data !== null && (e.collection === 'regulations' || e.collection === 'guides' || e.collection === 'templates'))
    .map((e) => ({ section: e.collection, slug: e.slug, title: String(e.data!.title), citations: citations.get(e)?.citations ?? [] }));

  const figures = entries
    .filter((e) => e.collection === 'figures' && e.data)
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .flatMap((e) => (e.data as FiguresFileData).figures.map((row) => ({ ...row, pillar: (e.data as FiguresFileData).pillar, file: e.slug })));

  const versionsOf = new Map<string, ContentEntry[]>();
  for (const current of regulations.filter((r) => regulationData(r)!.text && !regulationData(r)!.versionOf)) {
    const family = [current, ...regulations.filter((r) => regulationData(r)!.versionOf === current.slug && regulationData(r)!.text)].sort(byIssued);
    if (family.length > 1) for (const member of family) versionsOf.set(member.slug, family);
  }

  return { entries, entry, outlines, index, citations, citedBy: citedByOf(pages), figures, versionsOf };
}
