// The glossary terms the Markdown pipeline links automatically (src/markdown/remark-glossary-terms.ts),
// read from the same checked content model as everything else.
import { loadContent } from './load-content';
import type { GlossaryData } from '../schemas/glossary';
import type { LinkableTerm } from '../lib/glossary-links';

export function linkableTerms(contentDir: string): LinkableTerm[] {
  return loadContent(contentDir)
    .model.entries.filter((e) => e.collection === 'glossary' && e.data && (e.data as GlossaryData).autoLink)
    .map((e) => {
      const d = e.data as GlossaryData;
      return { id: e.slug, names: [d.term, ...d.aliases] };
    });
}
