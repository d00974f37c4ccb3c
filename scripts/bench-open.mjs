// Benchmark: search over http vs from a copied folder (file://), the same build, in headless
// Chromium. For each way of opening: bytes the first query loads (Pagefind, wasm, index, catalog —
// counted as the size of each file requested), bytes of later queries, and query times. Prints one
// table; --compare <json> adds the change against a saved run (--out writes one).
//   npm run bench:open [-- --no-build] [-- --queries 40] [-- --out f.json] [-- --compare f.json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    queries: { type: 'string', default: '40' },
    out: { type: 'string' },
    compare: { type: 'string' },
  },
});
const DIST = path.resolve('dist');
if (!args['no-build']) {
  const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed\n${build.stdout}\n${build.stderr}`);
}

// Queries: the middle of the first long Han run of each page, 2–4 characters (the same every run).
const queries = [];
for (const file of fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).sort()) {
  const text = parse(fs.readFileSync(path.join(DIST, file), 'utf8')).querySelector('[data-pagefind-body]')?.text ?? '';
  for (const run of (text.match(/\p{Script=Han}{6,}/gu) ?? []).slice(0, 3)) {
    const q = [...run].slice(2, 4 + (queries.length % 3)).join('');
    if (!queries.includes(q)) queries.push(q);
  }
  if (queries.length >= Number(args.queries)) break;
}

const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'zgzsk-bench-open-'));
fs.cpSync(DIST, path.join(copy, '组工 知识库'), { recursive: true });
const server = http.createServer((req, res) => {
  let file = path.join(DIST, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const roots = { http: `http://127.0.0.1:${server.address().port}/`, 'file://': pathToFileURL(path.join(copy, '组工 知识库')).href + '/' };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

/** Size on disk of the site file a URL names (both ways read the same files). */
const sizeOf = (url, root) => {
  const file = path.join(DIST, decodeURIComponent(url.slice(root.length).replace(/[?#].*$/, '')));
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
};

async function measure(mode) {
  const root = roots[mode];
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  context.on('request', (r) => requested.push(r.url()));
  await page.goto(`${root}index.html`);
  await page.locator('#site-search-q').focus();
  await page.waitForFunction(() => 'zgzskSearchApi' in window);
  const searchFiles = () => requested.filter((u) => /\/pagefind\/|search-catalog/.test(u));
  const rows = [];
  for (const q of queries) {
    const before = new Set(searchFiles());
    const ms = await page.evaluate(async (query) => {
      const t0 = performance.now();
      await window.zgzskSearchApi.runSearch(query, { limit: 10 });
      return performance.now() - t0;
    }, q);
    const fresh = [...new Set(searchFiles())].filter((u) => !before.has(u));
    rows.push({ q, ms, bytes: fresh.reduce((n, u) => n + sizeOf(u, root), 0), files: fresh.length });
  }
  await context.close();
  const later = rows.slice(1);
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const at = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  return {
    mode,
    firstQueryBytes: rows[0].bytes,
    firstQueryFiles: rows[0].files,
    firstQueryMs: rows[0].ms,
    laterMeanBytes: later.reduce((n, r) => n + r.bytes, 0) / later.length,
    medianMs: at(rows.map((r) => r.ms), 0.5),
    p90Ms: at(rows.map((r) => r.ms), 0.9),
  };
}

const results = [await measure('http'), await measure('file://')];
await browser.close();
server.close();
fs.rmSync(copy, { recursive: true, force: true });

const baseline = args.compare ? JSON.parse(fs.readFileSync(args.compare, 'utf8')).results : null;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const ms = (v) => `${v.toFixed(1)} ms`;
const columns = [['firstQueryBytes', kb], ['firstQueryFiles', String], ['firstQueryMs', ms], ['laterMeanBytes', kb], ['medianMs', ms], ['p90Ms', ms]];
console.log(`${queries.length} queries, same build, headless Chromium${baseline ? ` (Δ against ${args.compare})` : ''}\n`);
console.log(['way of opening', ...columns.map(([c]) => c)].map((c) => c.padStart(16)).join(''));
for (const r of results) {
  const old = baseline?.find((b) => b.mode === r.mode);
  console.log([r.mode, ...columns.map(([c, f]) => `${f(r[c])}${old ? ` (${r[c] >= old[c] ? '+' : ''}${(((r[c] - old[c]) / (old[c] || 1)) * 100).toFixed(0)}%)` : ''}`)].map((c) => String(c).padStart(16)).join(''));
}
console.log(`\nfile:// / http: first-query bytes ${(results[1].firstQueryBytes / results[0].firstQueryBytes).toFixed(2)}×, median time ${(results[1].medianMs / results[0].medianMs).toFixed(2)}×`);
if (args.out) {
  fs.writeFileSync(args.out, JSON.stringify({ date: new Date().toISOString(), queries, results }, null, 2));
  console.log(`written: ${args.out}`);
}
