// The one module pages and components ask for content. It reads the same checked model the build
// hook made (src/data/load-content.ts: one read, one parse, one index), sorted for display. Pages
// render an MDX body through Astro's collection entry of the same file (renderBody).
import { getEntry, render } from 'astro:content';
import { CONTENT_DIR } from '../site-config';
import { loadContent } from './load-content';
import { buildKnowledge, type CheckKnowledge } from '../lib/cite-check/knowledge';
import type { ContentEntry } from '../lib/content/entries';
import type { CitingPage, FigureRow } from '../lib/content/model';
import type { RegulationIndex } from '../lib/citations';
import type { Outline } from '../lib/outline';
import type { RegulationData } from '../schemas/regulation';
import { isCurrent } from '../lib/regulation-status';
import { PILLARS, type GuideData, type TemplateData } from '../schemas/guide';
import type { GlossaryData } from '../schemas/glossary';
import type { StudyPathData } from '../schemas/study';
import type { PracticeFileData } from '../schemas/practice';

/** An entry as pages see it: its address and its checked data. */
export interface PageEntry<T> {
  id: string;
  data: T;
}

export type Regulation = PageEntry<RegulationData>;
export type Guide = PageEntry<GuideData>;
export type Template = PageEntry<TemplateData>;
export type Term = PageEntry<GlossaryData>;
export type StudyPath = PageEntry<StudyPathData>;
export type PracticeTopic = PageEntry<PracticeFileData>;
export type { CitingPage, FigureRow };

export interface SiteContent {
  regulations: Regulation[];
  guides: Guide[];
  templates: Template[];
  terms: Term[];
  /** Reading paths, first one first. */
  studyPaths: StudyPath[];
  /** Self-test question files, one topic each, by pillar then topic. */
  practice: PracticeTopic[];
  /** Every figure row of content/figures/, in file then row order. */
  figures: FigureRow[];
  index: RegulationIndex;
  /** Chapters and articles of each regulation body, parsed once. */
  outlines: ReadonlyMap<string, Outline>;
  /** For each regulation slug: the other pages that cite it. */
  citedBy: ReadonlyMap<string, CitingPage[]>;
  /** For each imported text that has other versions: every version of it, oldest first. */
  versionsOf: ReadonlyMap<string, Regulation[]>;
  /** The text of every content file, as read once (search's pinyin table covers their characters). */
  sourceTexts: string[];
}

/** Current texts first, then by title in Chinese collation order. */
const byStatusThenTitle = (a: Regulation, b: Regulation) =>
  Number(!isCurrent(a.data.status)) - Number(!isCurrent(b.data.status)) || a.data.title.localeCompare(b.data.title, 'zh-CN');

const byPillarOrderTitle = (a: Guide | Template, b: Guide | Template) =>
  PILLARS.indexOf(a.data.pillar) - PILLARS.indexOf(b.data.pillar) ||
  (a.data.order ?? Infinity) - (b.data.order ?? Infinity) ||
  a.data.title.localeCompare(b.data.title, 'zh-CN');

function pageEntry<T>(e: ContentEntry): PageEntry<T> {
  return { id: e.slug, data: e.data as T };
}

// Kept for the life of this module: when content changes in dev, Astro reloads the modules that
// import astro:content, this one included, so the next call reads the new state.
let cached: SiteContent | undefined;

export async function siteContent(): Promise<SiteContent> {
  cached ??= assemble();
  return cached;
}

function assemble(): SiteContent {
  const { model } = loadContent(CONTENT_DIR);
  const of = <T,>(collection: ContentEntry['collection']) => model.entries.filter((e) => e.collection === collection && e.data).map((e) => pageEntry<T>(e));
  const regulations = of<RegulationData>('regulations').sort(byStatusThenTitle);
  const bySlug = new Map(regulations.map((r) => [r.id, r]));
  return {
    regulations,
    guides: of<GuideData>('guides').sort(byPillarOrderTitle),
    templates: of<TemplateData>('templates').sort(byPillarOrderTitle),
    terms: of<GlossaryData>('glossary').sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin, 'en')),
    studyPaths: of<StudyPathData>('study').sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN')),
    practice: of<PracticeFileData>('practice').sort((a, b) => PILLARS.indexOf(a.data.pillar) - PILLARS.indexOf(b.data.pillar) || a.data.topic.localeCompare(b.data.topic, 'zh-CN')),
    figures: model.figures,
    index: model.index,
    outlines: model.outlines,
    citedBy: model.citedBy,
    versionsOf: new Map([...model.versionsOf].map(([slug, family]) => [slug, family.map((e) => bySlug.get(e.slug)!)])),
    sourceTexts: model.entries.map((e) => e.file.text),
  };
}

/** The rendered MDX body of an entry (and its headings), through Astro's entry for the same file. */
export async function renderBody(collection: 'regulations' | 'guides' | 'templates', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`no ${collection} entry ${id} in Astro's content store`);
  return render(entry);
}

/** What the citation checker (/check/) knows, from the same checked model. */
export function citationKnowledge(): CheckKnowledge {
  return buildKnowledge(loadContent(CONTENT_DIR).model);
}
