// Build hook: bundles the browser code (src/client/site.ts on every page, src/client/search.ts on
// demand, src/client/practice.ts and src/client/check.ts on their pages) with esbuild into classic scripts for the oldest browsers the site supports, names them by
// content hash under _zgzsk/, and tells pages their URLs through `virtual:zgzsk/client-scripts`.
// Classic scripts load from file:// (module scripts do not) and none is inline, so a strict CSP
// without 'unsafe-inline' holds. In dev the bundles are rebuilt on every request.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/routes';
import { BROWSER_TARGETS } from '../site-config';
import { virtualModule } from './virtual-module';

const ENTRIES = { site: 'src/client/site.ts', search: 'src/client/search.ts', practice: 'src/client/practice.ts', check: 'src/client/check.ts' } as const;
type EntryName = keyof typeof ENTRIES;
const MODULE_ID = 'virtual:zgzsk/client-scripts';
const DIR = '_zgzsk';

async function bundle(entry: string, minify: boolean): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: BROWSER_TARGETS,
    minify,
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

export function clientScripts(): AstroIntegration {
  let files: Array<{ name: string; code: string }> = [];
  return {
    name: 'zugong:client-scripts',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const base = normalizeBase(config.base);
        const urls = {} as Record<EntryName, string>;
        files = [];
        for (const name of Object.keys(ENTRIES) as EntryName[]) {
          if (command === 'dev') {
            urls[name] = `${base}${DIR}/${name}.js`;
            continue;
          }
          const code = await bundle(ENTRIES[name], true);
          const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 10);
          const file = `${DIR}/${name}.${hash}.js`;
          files.push({ name: file, code });
          urls[name] = `${base}${file}`;
        }
        updateConfig({ vite: { plugins: [virtualModule(MODULE_ID, () => `export const clientScripts = ${JSON.stringify(urls)};`)] } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const m = /\/_zgzsk\/([a-z]+)\.js$/.exec(req.url ?? '');
          if (!m || !(m[1]! in ENTRIES)) return next();
          bundle(ENTRIES[m[1] as EntryName], false).then(
            (code) => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(code);
            },
            (error: Error) => next(error),
          );
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const file of files) {
          fs.mkdirSync(path.dirname(path.join(out, file.name)), { recursive: true });
          fs.writeFileSync(path.join(out, file.name), file.code);
        }
      },
    },
  };
}
