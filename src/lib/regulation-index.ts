// Builds the citation target of one regulation from its data and body: the chapters it has, and
// the articles that may be cited (all articles of a full text; the verified list of a study guide).
import type { RegulationData } from '../schemas/regulation';
import type { RegulationTarget } from './citations';
import { parseOutline, type Outline } from './outline';
import { outlineOfFullText } from './full-text';

/** The chapters and articles of a regulation: from its imported text, or from its MDX body. */
export function outlineOfRegulation(data: Pick<RegulationData, 'text'>, body: string, bodyLine = 1): Outline {
  return data.text ? outlineOfFullText(data.text) : parseOutline(body, bodyLine);
}

export function regulationTarget(slug: string, data: RegulationData, outline: Outline): RegulationTarget {
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
 * chapters and articles, and citations of it point into the text. Returns the new index.
 */
export function linkFullTexts(
  targets: ReadonlyMap<string, RegulationTarget>,
  guideOf: (slug: string) => string | undefined,
): Map<string, RegulationTarget> {
  const index = new Map(targets);
  for (const [slug, target] of targets) {
    const guide = guideOf(slug);
    const guideTarget = guide ? index.get(guide) : undefined;
    if (!guide || !guideTarget || target.kind !== '全文') continue;
    index.set(guide, { ...guideTarget, chapters: target.chapters, articles: target.articles, textSlug: slug });
  }
  return index;
}
