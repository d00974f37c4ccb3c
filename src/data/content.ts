// The one module that queries content collections. Pages and components ask it; they never call
// getCollection themselves. Results are computed once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractCitations, type RegulationIndex } from '../lib/citations';
import { linkFullTexts, outlineOfRegulation, regulationTarget } from '../lib/regulation-index';
import type { Outline } from '../lib/outline';
import { PILLARS, type Pillar } from '../schemas/guide';
import type { Figure } from '../schemas/figures';

export type Regulation = CollectionEntry<'regulations'>;
export type Guide = CollectionEntry<'guides'>;
export type Template = CollectionEntry<'templates'>;
export type Term = CollectionEntry<'glossary'>;
export type StudyPath = CollectionEntry<'study'>;

/** One figure row with the pillar of the file it came from. */
export type FigureRow = Figure & { pillar: Pillar; file: string };

/** Current texts first, then by title in Chinese collation order. */
const byStatusThenTitle = (a: Regulation, b: Regulation) =>
  Number(a.data.status !== '现行有效') - Number(b.data.status !== '现行有效') ||
  a.data.title.localeCompare(b.data.title, 'zh-CN');

const byPillarOrderTitle = (a: Guide | Template, b: Guide | Template) =>
  PILLARS.indexOf(a.data.pillar) - PILLARS.indexOf(b.data.pillar) ||
  (a.data.order ?? Infinity) - (b.data.order ?? Infinity) ||
  a.data.title.localeCompare(b.data.title, 'zh-CN');

let cache: Promise<SiteContent> | undefined;

export interface CitingPage {
  title: string;
  section: 'regulations' | 'guides' | 'templates';
  slug: string;
  /** Article numbers this page cites (empty when it cites the regulation as a whole or by chapter). */
  articles: number[];
}

export interface SiteContent {
  regulations: Regulation[];
  guides: Guide[];
  templates: Template[];
  terms: Term[];
  /** Reading paths, first one first. */
  studyPaths: StudyPath[];
  /** Every figure row of content/figures/, in file then row order. */
  figures: FigureRow[];
  index: RegulationIndex;
  /** Chapters and articles of each regulation body, parsed once. */
  outlines: ReadonlyMap<string, Outline>;
  /** For each regulation slug: the other pages that cite it. */
  citedBy: ReadonlyMap<string, CitingPage[]>;
  /** For each imported text that has other versions: every version of it, oldest first. */
  versionsOf: ReadonlyMap<string, Regulation[]>;
}

export function siteContent(): Promise<SiteContent> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteContent> {
  const [regulations, guides, templates, terms, studyPaths, figureFiles] = await Promise.all([
    getCollection('regulations'),
    getCollection('guides'),
    getCollection('templates'),
    getCollection('glossary'),
    getCollection('study'),
    getCollection('figures'),
  ]);
  figureFiles.sort((a, b) => a.id.localeCompare(b.id));
  const figures = figureFiles.flatMap((f) => f.data.figures.map((row) => ({ ...row, pillar: f.data.pillar, file: f.id })));
  studyPaths.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'));
  regulations.sort(byStatusThenTitle);
  guides.sort(byPillarOrderTitle);
  templates.sort(byPillarOrderTitle);
  terms.sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin, 'en'));

  const outlines = new Map(regulations.map((r) => [r.id, outlineOfRegulation(r.data, r.body ?? '')]));
  const index = linkFullTexts(
    new Map(regulations.map((r) => [r.id, regulationTarget(r.id, r.data, outlines.get(r.id)!)])),
    (slug) => regulations.find((r) => r.id === slug)?.data.studyGuide,
  );

  const citedBy = new Map<string, CitingPage[]>();
  const pages = [
    ...regulations.map((e) => ({ e, section: 'regulations' as const })),
    ...guides.map((e) => ({ e, section: 'guides' as const })),
    ...templates.map((e) => ({ e, section: 'templates' as const })),
  ];
  for (const { e, section } of pages) {
    const byReg = new Map<string, Set<number>>();
    for (const c of extractCitations(e.body ?? '').citations) {
      if (section === 'regulations' && c.reg === e.id) continue; // a text citing itself
      const arts = byReg.get(c.reg) ?? new Set<number>();
      if (c.art !== undefined) arts.add(c.art);
      byReg.set(c.reg, arts);
    }
    for (const [reg, arts] of byReg) {
      const list = citedBy.get(reg) ?? [];
      list.push({ title: e.data.title, section, slug: e.id, articles: [...arts].sort((a, b) => a - b) });
      citedBy.set(reg, list);
    }
  }
  const versionsOf = new Map<string, Regulation[]>();
  for (const current of regulations.filter((r) => r.data.text && !r.data.versionOf)) {
    const family = [current, ...regulations.filter((r) => r.data.versionOf === current.id)];
    if (family.length < 2) continue;
    family.sort((a, b) => (a.data.issued < b.data.issued ? -1 : a.data.issued > b.data.issued ? 1 : 0));
    for (const member of family) versionsOf.set(member.id, family);
  }
  return { regulations, guides, templates, terms, studyPaths, figures, index, outlines, citedBy, versionsOf };
}
