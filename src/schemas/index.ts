// The content collections and their schemas, in one table used by Astro and by the content check.
import { glossarySchema } from './glossary';
import { guideSchema, templateSchema } from './guide';
import { regulationSchema } from './regulation';
import { studyPathSchema } from './study';
import { figuresFileSchema } from './figures';

export const COLLECTIONS = {
  regulations: { schema: regulationSchema, pattern: '**/*.mdx', label: '法规' },
  guides: { schema: guideSchema, pattern: '**/*.mdx', label: '实务指南' },
  templates: { schema: templateSchema, pattern: '**/*.mdx', label: '文书范本' },
  glossary: { schema: glossarySchema, pattern: '**/*.yaml', label: '术语' },
  study: { schema: studyPathSchema, pattern: '**/*.yaml', label: '学习路线' },
  figures: { schema: figuresFileSchema, pattern: '**/*.yaml', label: '数字' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
