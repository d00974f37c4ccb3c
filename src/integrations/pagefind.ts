// Build hook: indexes the built pages with Pagefind's Node API so search works offline.
// The content layout marks what is indexed (data-pagefind-body); this hook only runs the indexer.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function assertNoErrors(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'zugong:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          assertNoErrors('writeFiles', written.errors);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
