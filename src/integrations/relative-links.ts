// Build hook: makes every site-absolute URL in the built pages relative to the page (see
// src/lib/relative-urls.ts), so the same dist/ works at a server's root, under any sub-path and
// from a copied folder opened by double-click. The 404 page keeps absolute URLs: a server shows it
// at any address, so only the build's base path can lead back from there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativizeHtml } from '../lib/relative-urls';
import { normalizeBase } from '../lib/routes';

export function relativeLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'zugong:relative-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        for (const file of fs.readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
          const page = file.split(path.sep).join('/');
          if (!page.endsWith('.html') || page === '404.html') continue;
          const full = path.join(distDir, file);
          fs.writeFileSync(full, relativizeHtml(fs.readFileSync(full, 'utf8'), page, base));
        }
      },
    },
  };
}
