// Build hook: indexes the built pages with Pagefind's Node API so search works offline, then makes
// the result usable from every way a page can be opened: Pagefind's module bundle becomes a classic
// script for the oldest supported browsers (its fetch calls routed through the site's loader), the
// UI files the site does not load are removed, and every data file gets a script-wrapped copy for
// file://. Pages are indexed by their file within the site (regulations/x/index.html), so results
// resolve against the site root at any base path. Every response is checked, the service closed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/index-html';
import { emptyTokenSlots } from '../lib/search-tokens';
import { pageFile } from '../lib/routes';
import { dataScript } from '../lib/data-script';
import { BROWSER_TARGETS } from '../site-config';

/** Files Pagefind writes that this site never loads (its own UIs; search runs without a worker). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;
/** Data files read by the browser, besides the index: wrapped for file:// too. */
const EXTRA_DATA_FILES = ['search-catalog.json', 'search-words.json', 'search-suggest.json'];

function assertNoErrors(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes every HTML page under distDir into distDir/pagefind; returns the number of pages indexed. */
export async function buildSearchIndex(distDir: string): Promise<number> {
  const files = fs
    .readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind'));
  let count = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Pages are sent without waiting for each answer: Pagefind reads one page while the next is
    // prepared here (a turn of the event loop between pages lets the message go out). They go in
    // file order, which Pagefind keeps as page order: similar pages (an imported series) then sit
    // side by side in every word's list and the index compresses a quarter smaller than in the
    // order Pagefind's own folder walk finds them.
    const adding: Array<Promise<void>> = [];
    let failure: unknown = null;
    for (const file of files.sort()) {
      const html = prepareForIndex(fs.readFileSync(path.join(distDir, file), 'utf8'));
      if (html === null) continue;
      const url = pageFile(file.split(path.sep).join('/'));
      const added = index.addHTMLFile({ url, content: html }).then((result) => assertNoErrors(`addHTMLFile ${url}`, result.errors));
      adding.push(added.catch((error: unknown) => void (failure ??= error)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(adding);
    if (failure) throw failure;
    count = adding.length;
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    assertNoErrors('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  emptyFragmentTokens(path.join(distDir, 'pagefind', 'fragment'));
  await convertBundle(path.join(distDir, 'pagefind'));
  writeDataScripts(distDir);
  return count;
}

/** The shim beside this module; from the project root when this module runs bundled (the benchmarks' re-indexing). */
function shimFile(): string {
  const beside = fileURLToPath(new URL('../client/search/pagefind-shim.ts', import.meta.url));
  return fs.existsSync(beside) ? beside : path.resolve('src/client/search/pagefind-shim.ts');
}

/** What Pagefind puts before the JSON of a (gunzipped) fragment. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Empties our pair tokens in every stored fragment (src/lib/search-tokens.ts: emptyTokenSlots): a
 * result's fragment then costs about what stock Pagefind's does, while the index keeps the tokens.
 */
function emptyFragmentTokens(fragmentDir: string) {
  for (const name of fs.readdirSync(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = path.join(fragmentDir, name);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind fragment ${name}: unexpected format`);
    const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { content: string };
    fragment.content = emptyTokenSlots(fragment.content);
    fs.writeFileSync(file, zlib.gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment), { level: 9 }));
  }
}

/** pagefind.js (an ES module) → a classic script defining window.zgzskPagefind, at the browser floor. */
async function convertBundle(pagefindDir: string) {
  const bundle = path.join(pagefindDir, 'pagefind.js');
  const result = await esbuild.build({
    entryPoints: [bundle],
    bundle: true,
    format: 'iife',
    globalName: 'zgzskPagefind',
    target: BROWSER_TARGETS,
    inject: [shimFile()],
    define: { 'import.meta.url': 'undefined', 'console.error': 'zgzskReportError' },
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  fs.writeFileSync(bundle, result.outputFiles[0]!.text);
  for (const name of fs.readdirSync(pagefindDir)) if (UNUSED.test(name)) fs.rmSync(path.join(pagefindDir, name));
}

/** <file>.js beside every data file of the index (and the catalog), for pages opened from file://. */
function writeDataScripts(distDir: string) {
  const dataFiles = fs
    .readdirSync(path.join(distDir, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .map((f) => `pagefind/${f.split(path.sep).join('/')}`)
    .filter((f) => !f.endsWith('.js') && !f.endsWith('.css') && fs.statSync(path.join(distDir, f)).isFile());
  for (const file of [...dataFiles, ...EXTRA_DATA_FILES]) {
    const full = path.join(distDir, file);
    if (fs.existsSync(full)) fs.writeFileSync(`${full}.js`, dataScript(file, fs.readFileSync(full)));
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'zugong:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
