// Benchmark of the built site: build time, page count, and the weight of each page (its HTML plus
// the CSS and JS it loads). Prints a table and writes JSON; with --baseline FILE it adds the change
// against an earlier run's JSON.
//   npm run bench:site [-- --runs 3] [-- --no-build] [-- --baseline old.json] [-- --out file.json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    out: { type: 'string', default: 'tests/.tmp/bench-site.json' },
  },
});

const DIST = path.resolve('dist');
const buildTimes = [];
if (!args['no-build']) {
  for (let i = 0; i < Number(args.runs); i++) {
    const started = process.hrtime.bigint();
    const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(build.stdout, build.stderr);
      process.exit(1);
    }
    buildTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
}

const htmlFiles = fs
  .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
const size = (urlPath) => {
  const file = path.join(DIST, decodeURIComponent(urlPath.split(/[?#]/)[0]));
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
};

const pages = htmlFiles.map((f) => {
  const html = fs.readFileSync(path.join(DIST, f), 'utf8');
  const doc = parse(html);
  const css = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => size(l.getAttribute('href')));
  const js = doc.querySelectorAll('script[src]').map((s) => size(s.getAttribute('src')));
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const page = `/${f.replace(/index\.html$/, '')}`;
  return { page, html: Buffer.byteLength(html), css: sum(css), js: sum(js), total: Buffer.byteLength(html) + sum(css) + sum(js) };
});
pages.sort((a, b) => b.total - a.total);

const dirSize = (dir) =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const full = path.join(dir, f);
    return fs.statSync(full).isFile() ? n + fs.statSync(full).size : n;
  }, 0);

const result = {
  date: new Date().toISOString(),
  buildSeconds: buildTimes,
  pageCount: pages.length,
  distBytes: dirSize(DIST),
  searchIndexBytes: fs.existsSync(path.join(DIST, 'pagefind')) ? dirSize(path.join(DIST, 'pagefind')) : 0,
  pages,
};

const baseline = args.baseline ? JSON.parse(fs.readFileSync(args.baseline, 'utf8')) : null;
const kb = (n) => (n / 1024).toFixed(1);
const delta = (now, before) => (before === undefined ? '' : `${now >= before ? '+' : ''}${kb(now - before)}`);

console.log(`pages built: ${result.pageCount}`);
if (buildTimes.length) {
  const sorted = [...buildTimes].sort((a, b) => a - b);
  console.log(`build time (s): median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} over ${buildTimes.length} run(s)${baseline?.buildSeconds?.length ? `; baseline median ${[...baseline.buildSeconds].sort((a, b) => a - b)[Math.floor(baseline.buildSeconds.length / 2)].toFixed(2)}` : ''}`);
}
console.log(`dist: ${kb(result.distBytes)} KB, of which search index ${kb(result.searchIndexBytes)} KB${baseline ? ` (baseline ${kb(baseline.distBytes)} KB)` : ''}\n`);
const header = ['page', 'html KB', 'css KB', 'js KB', 'total KB', ...(baseline ? ['Δ total KB'] : [])];
const rows = pages.map((p) => {
  const before = baseline?.pages.find((b) => b.page === p.page)?.total;
  return [p.page, kb(p.html), kb(p.css), kb(p.js), kb(p.total), ...(baseline ? [delta(p.total, before)] : [])];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));

fs.mkdirSync(path.dirname(args.out), { recursive: true });
fs.writeFileSync(args.out, JSON.stringify(result, null, 2));
console.log(`\nwritten: ${args.out}`);
