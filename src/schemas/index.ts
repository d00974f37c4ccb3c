// The content collections and their schemas, in one table used by Astro and by the content check.
// Which file types each collection holds comes from the page kinds (src/lib/page-kinds.ts).
import { glossarySchema } from './glossary';
import { guideSchema, templateSchema } from './guide';
import { regulationSchema } from './regulation';
import { studyPathSchema } from './study';
import { figuresFileSchema } from './figures';
import { practiceFileSchema } from './practice';
import { checkFileSchema } from './check';
import { PAGE_KINDS, type PageKindKey } from '../lib/page-kinds';

/** Each collection's schema, keyed like the page kinds. */
export const SCHEMAS = {
  regulations: regulationSchema,
  guides: guideSchema,
  templates: templateSchema,
  glossary: glossarySchema,
  study: studyPathSchema,
  figures: figuresFileSchema,
  practice: practiceFileSchema,
  check: checkFileSchema,
} as const satisfies Record<PageKindKey, unknown>;

export type CollectionName = keyof typeof SCHEMAS;

/** The file extensions a collection's files may have. */
export function collectionExtensions(name: CollectionName): readonly string[] {
  return PAGE_KINDS[name].extensions;
}

/** The glob pattern of a collection's files, in any subfolder: **\/*.{mdx,json}. */
export function collectionPattern(name: CollectionName): string {
  const exts = collectionExtensions(name);
  return exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
}
