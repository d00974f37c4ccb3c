// Content collections: glob loaders over content/<collection>/, validated by src/schemas. An entry's
// id is its file name without folder or extension (its URL), so files may sit in subfolders; the
// content check rejects two files with the same name before Astro sees them.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS, collectionPattern, type CollectionName } from './schemas';
import { CONTENT_DIR } from './site-config';
import { slugOf } from './lib/slugs';

const from = (name: CollectionName) =>
  glob({ pattern: collectionPattern(name), base: `${CONTENT_DIR}/${name}`, generateId: ({ entry }) => slugOf(entry) });

export const collections = {
  regulations: defineCollection({ loader: from('regulations'), schema: SCHEMAS.regulations }),
  guides: defineCollection({ loader: from('guides'), schema: SCHEMAS.guides }),
  templates: defineCollection({ loader: from('templates'), schema: SCHEMAS.templates }),
  glossary: defineCollection({ loader: from('glossary'), schema: SCHEMAS.glossary }),
  study: defineCollection({ loader: from('study'), schema: SCHEMAS.study }),
  figures: defineCollection({ loader: from('figures'), schema: SCHEMAS.figures }),
  practice: defineCollection({ loader: from('practice'), schema: SCHEMAS.practice }),
  check: defineCollection({ loader: from('check'), schema: SCHEMAS.check }),
};
