// Wiring only: integrations, Markdown plugins and output settings.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRegulationStructure from './src/markdown/remark-regulation-structure.ts';
import remarkBaseLinks from './src/markdown/remark-base-links.ts';
import rehypeTaskListLabels from './src/markdown/rehype-task-list-labels.ts';
import remarkGlossaryTerms from './src/markdown/remark-glossary-terms.ts';
import { linkableTerms } from './src/data/glossary-terms.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { relativeLinks } from './src/integrations/relative-links.ts';
import { buildInfo } from './src/integrations/build-info.ts';
import { renderedCheck } from './src/integrations/rendered-check.ts';
import { BROWSER_TARGETS, CONTENT_DIR } from './src/site-config.ts';

// Deploying under a sub-path of an intranet server: set BASE_PATH=/zgzsk/ when building.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  // Fixture builds in tests use their own cache so they never mix with the site's content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // CSS for the same old browser kernels as the scripts (src/site-config.ts).
  vite: {
    build: {
      cssTarget: BROWSER_TARGETS.filter((t) => !t.startsWith('es')),
      rollupOptions: {
        // Every MDX page carries Astro's own "use astro:head-inject" directive; the bundler's note on
        // it is about Astro's internals, not our content, and would bury the messages that matter.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  markdown: {
    // The remark/rehype pipeline, so remark plugins (GFM tables, regulation anchors) apply.
    processor: unified({
      gfm: false, // remark-gfm is added explicitly
      smartypants: false, // Chinese text already uses full-width quotes
      // remark-cjk-friendly: **强调** next to Chinese punctuation is emphasis, not literal asterisks.
      remarkPlugins: [
        remarkGfm,
        remarkCjkFriendly,
        remarkRegulationStructure,
        [remarkBaseLinks, { base }],
        [remarkGlossaryTerms, { terms: () => linkableTerms(CONTENT_DIR) }],
      ],
      rehypePlugins: [rehypeTaskListLabels],
    }),
  },
  // After the pages are written: links made relative, then the search index, then every link checked.
  integrations: [contentCheck(CONTENT_DIR), buildInfo(CONTENT_DIR), mdx(), clientScripts(), relativeLinks(), renderedCheck(), pagefindIndex(), linkCheck()],
});
