// Content collections: glob loaders over content/<collection>/, validated by src/schemas.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas';
import { CONTENT_DIR } from './site-config';

const from = (name: keyof typeof COLLECTIONS) => glob({ pattern: COLLECTIONS[name].pattern, base: `${CONTENT_DIR}/${name}` });

export const collections = {
  regulations: defineCollection({ loader: from('regulations'), schema: COLLECTIONS.regulations.schema }),
  guides: defineCollection({ loader: from('guides'), schema: COLLECTIONS.guides.schema }),
  templates: defineCollection({ loader: from('templates'), schema: COLLECTIONS.templates.schema }),
  glossary: defineCollection({ loader: from('glossary'), schema: COLLECTIONS.glossary.schema }),
  study: defineCollection({ loader: from('study'), schema: COLLECTIONS.study.schema }),
  figures: defineCollection({ loader: from('figures'), schema: COLLECTIONS.figures.schema }),
};
