// Content collections: glob loaders over content/<collection>/, validated by src/schemas. An entry's
// id is its file name without folder or extension (its URL), so files may sit in subfolders; the
// content check rejects two files with the same name before Astro sees them.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, collectionPattern, type CollectionName } from './schemas';
import { CONTENT_DIR } from './site-config';
import { slugOf } from './lib/slugs';

const from = (name: CollectionName) =>
  glob({ pattern: collectionPattern(name), base: `${CONTENT_DIR}/${name}`, generateId: ({ entry }) => slugOf(entry) });

export const collections = {
  regulations: defineCollection({ loader: from('regulations'), schema: COLLECTIONS.regulations.schema }),
  guides: defineCollection({ loader: from('guides'), schema: COLLECTIONS.guides.schema }),
  templates: defineCollection({ loader: from('templates'), schema: COLLECTIONS.templates.schema }),
  glossary: defineCollection({ loader: from('glossary'), schema: COLLECTIONS.glossary.schema }),
  study: defineCollection({ loader: from('study'), schema: COLLECTIONS.study.schema }),
  figures: defineCollection({ loader: from('figures'), schema: COLLECTIONS.figures.schema }),
};
