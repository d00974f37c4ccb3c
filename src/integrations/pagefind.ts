// Build hook: indexes the built pages with Pagefind's Node API so search works offline. Each page is
// handed to the indexer through prepareForIndex (pair tokens for exact Chinese matching, headings for
// deep links); the published HTML is not changed. Every response is checked, the service always closed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/index-html';
import { normalizeBase } from '../lib/routes';

function assertNoErrors(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes every HTML page under distDir into distDir/pagefind; returns the number of pages indexed. */
export async function buildSearchIndex(distDir: string, base = '/'): Promise<number> {
  const files = fs
    .readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind'));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    let count = 0;
    for (const file of files.sort()) {
      const html = prepareForIndex(fs.readFileSync(path.join(distDir, file), 'utf8'));
      if (html === null) continue;
      const url = `${base}${file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
      const added = await index.addHTMLFile({ url, content: html });
      assertNoErrors(`addHTMLFile ${url}`, added.errors);
      count++;
    }
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    assertNoErrors('writeFiles', written.errors);
    return count;
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'zugong:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await buildSearchIndex(fileURLToPath(dir), base);
        logger.info(`Pagefind indexed ${count} pages`);
      },
    },
  };
}
