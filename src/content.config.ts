// Content collections: glob loaders over content/<collection>/, validated by src/schemas.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas';
import { CONTENT_DIR } from './site-config';

function collection<N extends CollectionName>(name: N) {
  const { pattern, schema } = COLLECTIONS[name];
  return defineCollection({ loader: glob({ pattern, base: `${CONTENT_DIR}/${name}` }), schema: schema as (typeof COLLECTIONS)[N]['schema'] });
}

export const collections = {
  regulations: collection('regulations'),
  guides: collection('guides'),
  templates: collection('templates'),
  glossary: collection('glossary'),
};
