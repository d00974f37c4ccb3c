// The content collections and their schemas, in one table used by Astro and by the content check.
import { glossarySchema } from './glossary';
import { guideSchema, templateSchema } from './guide';
import { regulationSchema } from './regulation';
import { studyPathSchema } from './study';
import { figuresFileSchema } from './figures';

/** Each collection's schema and file extensions (regulations: pages written in MDX, texts imported as JSON). */
export const COLLECTIONS = {
  regulations: { schema: regulationSchema, extensions: ['mdx', 'json'] },
  guides: { schema: guideSchema, extensions: ['mdx'] },
  templates: { schema: templateSchema, extensions: ['mdx'] },
  glossary: { schema: glossarySchema, extensions: ['yaml'] },
  study: { schema: studyPathSchema, extensions: ['yaml'] },
  figures: { schema: figuresFileSchema, extensions: ['yaml'] },
} as const;

/** The glob pattern of a collection's files, in any subfolder: **\/*.{mdx,json}. */
export function collectionPattern(name: CollectionName): string {
  const exts = COLLECTIONS[name].extensions;
  return exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
}

export type CollectionName = keyof typeof COLLECTIONS;
