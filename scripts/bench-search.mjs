// Search benchmark: stock Pagefind vs this project's search, side by side, on the same built pages,
// in headless Chromium. Queries come from the built text itself (random Han substrings of 2, 3, 4
// and 6 characters, plus every glossary term); the truth is computed from the published HTML.
//   npm run bench:search [-- --no-build] [-- --seed 7] [-- --per-length 60] [-- --out file.json]
//   (bench:scale runs it on its synthetic sites with --no-build --dist <site> --work <dir>)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { NOT_INDEXED_SELECTOR } from '../src/lib/indexed-region.ts';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '7' },
    'per-length': { type: 'string', default: '60' },
    out: { type: 'string', default: 'tests/.tmp/bench-search.json' },
    dist: { type: 'string', default: 'dist' },
    work: { type: 'string', default: 'tests/.tmp/bench-search' },
  },
});

const DIST = path.resolve(args.dist);
const WORK = path.resolve(args.work);
const SITE = path.join(WORK, 'site');

// 1. Build the site (with our index), copy it, add a stock Pagefind index of the same pages.
if (!args['no-build']) {
  const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed\n${build.stdout}\n${build.stderr}`);
}
fs.rmSync(WORK, { recursive: true, force: true });
fs.cpSync(DIST, SITE, { recursive: true });
{
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (errors.length || !index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: DIST });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: path.join(SITE, 'pagefind-stock') });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  await pagefind.close();
}
// Our engine as one browser module (the site loads it in pieces; the bench calls it directly).
{
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: ['src/client/search/engine.ts'], bundle: true, format: 'esm', outfile: path.join(SITE, 'bench-engine.js'), logLevel: 'error' });
}

// 2. Truth from the published HTML: page text blocks, and the text each #anchor's region holds.
const BLOCK = /^(p|li|h[1-6]|td|th|dt|dd|div|section|article|header|aside|ul|ol|dl|table|tr|tbody|thead|details|summary|blockquote|nav)$/i;
const norm = (s) => s.normalize('NFKC').toLowerCase();
const inlineText = (el) => el.childNodes.map((c) => (!c.rawTagName ? c.text : BLOCK.test(c.rawTagName) ? '\n' : inlineText(c))).join('');

const pages = new Map();
for (const f of fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
  if (!f.endsWith('.html') || f.startsWith('pagefind')) continue;
  const doc = parse(fs.readFileSync(path.join(DIST, f), 'utf8'));
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) continue;
  body.querySelectorAll(`${NOT_INDEXED_SELECTOR}, [hidden], script, style, button`).forEach((e) => e.remove());
  const blocks = [inlineText(body), ...body.querySelectorAll('*').filter((e) => BLOCK.test(e.rawTagName)).map(inlineText)]
    .flatMap((b) => b.split('\n'))
    .map(norm)
    .filter((b) => b.trim());
  pages.set(`/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`, { body, blocks });
}
const contains = (blocks, q) => blocks.some((b) => b.includes(norm(q)));

/** Text of the region a link lands on: an element's subtree, or a heading and what follows it. */
function regionText(url) {
  const [p, hash] = url.split('#');
  const page = pages.get(decodeURI(p.split('?')[0]));
  if (!page) return '';
  if (!hash) {
    // Page-level link: the text before the first section heading.
    const out = [];
    for (const node of page.body.querySelectorAll('*')) {
      if (/^h[23]$/i.test(node.rawTagName) && node.id) break;
      if (BLOCK.test(node.rawTagName)) out.push(inlineText(node));
    }
    return norm(out.join('\n'));
  }
  const target = page.body.querySelector(`[id="${decodeURIComponent(hash)}"]`);
  if (!target) return '';
  const level = /^h([1-6])$/i.exec(target.rawTagName)?.[1];
  if (!level) return norm(target.querySelectorAll('*').map(inlineText).concat(inlineText(target)).join('\n'));
  const parts = [inlineText(target)];
  let sibling = target.nextElementSibling;
  while (sibling) {
    const l = /^h([1-6])$/i.exec(sibling.rawTagName)?.[1];
    if (l && Number(l) <= Number(level)) break;
    parts.push(inlineText(sibling), ...sibling.querySelectorAll('*').map(inlineText));
    sibling = sibling.nextElementSibling;
  }
  return norm(parts.join('\n'));
}

// 3. Queries: seeded random Han substrings from the text, plus every glossary term.
let seed = Number(args.seed);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const runs = [...pages.values()].flatMap((p) => p.blocks.flatMap((b) => b.match(/\p{Script=Han}{2,}/gu) ?? []));
const queries = new Set();
for (const length of [2, 3, 4, 6]) {
  const pool = runs.filter((r) => [...r].length >= length);
  let added = 0;
  for (let tries = 0; added < Number(args['per-length']) && tries < 10000; tries++) {
    const chars = [...pool[Math.floor(random() * pool.length)]];
    const start = Math.floor(random() * (chars.length - length + 1));
    const q = chars.slice(start, start + length).join('');
    if (!queries.has(q)) {
      queries.add(q);
      added++;
    }
  }
}
const glossary = fs.existsSync('content/glossary')
  ? fs.readdirSync('content/glossary').map((f) => /^term:\s*(.+)$/m.exec(fs.readFileSync(path.join('content/glossary', f), 'utf8'))?.[1]?.trim()).filter(Boolean)
  : [];
for (const t of glossary) queries.add(t.replace(/^["']|["']$/g, ''));
const queryList = [...queries].filter((q) => [...pages.values()].some((p) => contains(p.blocks, q)));

// 4. Serve the copy and run both engines in Chromium, each in a fresh context.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = path.join(SITE, url);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(SITE) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Loads an engine into the page as the site does: ours with the data files its first search reads. */
function loadEngine(page, kind) {
  return page.evaluate(async (kind) => {
    const t0 = performance.now();
    window.__engine = kind === 'stock' ? null : await import('/bench-engine.js');
    if (kind === 'stock') {
      window.__pf = await import('/pagefind-stock/pagefind.js');
      await window.__pf.init();
    } else {
      // The site's Pagefind is a classic script (it also runs from file://), without a worker.
      await new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = '/pagefind/pagefind.js';
        s.onload = resolve;
        s.onerror = reject;
        document.head.append(s);
      });
      window.__pf = window.zgzskPagefind.createInstance({ basePath: '/pagefind/', noWorker: true });
      // The site reads the names with the first search; the catalog only for 第N条 / regulation-name queries.
      const [words] = await Promise.all([fetch('/search-words.json').then((r) => r.json()), window.__pf.init()]);
      window.__words = words;
    }
    return performance.now() - t0;
  }, kind);
}

async function runEngine(kind) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Count every response body (the page's and its workers') from the search bundle.
  let bytes = 0;
  const pending = new Set();
  context.on('requestfinished', (request) => {
    if (!/\/pagefind|search-(catalog|words|suggest)/.test(request.url())) return;
    const p = request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
    pending.add(p);
    p.finally(() => pending.delete(p));
  });
  const settled = async () => {
    await new Promise((r) => setTimeout(r, 20));
    await Promise.all([...pending]);
  };
  await page.goto(`${origin}/404.html`);
  const initMs = await loadEngine(page, kind);
  await settled();
  const initBytes = bytes;
  const results = [];
  for (const q of queryList) {
    const before = bytes;
    const r = await page.evaluate(
      async ({ kind, q }) => {
        const pf = window.__pf;
        const start = performance.now();
        if (kind === 'stock') {
          const found = await pf.search(q);
          const data = await Promise.all(found.results.slice(0, 10).map((x) => x.data()));
          const ms = performance.now() - start;
          const top = data.map((d) => ({ url: d.url, link: d.sub_results?.[0]?.url ?? d.url }));
          return { ms, top, found };
        }
        const found = await window.__engine.searchSite(pf, q, { limit: 10, words: window.__words });
        const ms = performance.now() - start;
        // Our index names pages by file (regulations/x/index.html); the truth by directory (/regulations/x/).
        const dir = (u) => `/${u.replace(/index\.html(?=$|[?#])/, '')}`;
        // What was searched: question words dropped, each word with the other names it was searched by.
        const searched = found.query.words.map((w) => [w.normalized, ...(w.alternatives ?? []).map((a) => a.normalized)]);
        return { ms, top: found.documents.map((d) => ({ url: dir(d.url), link: dir(d.sections[0]?.url ?? d.url) })), mode: found.mode, searched };
      },
      { kind, q },
    );
    await settled();
    results.push({ q, ms: r.ms, bytes: bytes - before, top: r.top, mode: r.mode, searched: r.searched });
  }
  await context.close();
  // Every match, for recall: in a context of its own, after the timed queries, so the fragments it
  // fetches are never in the cache of a timed query (which made later-query bytes read too low).
  const recallContext = await browser.newContext();
  const recallPage = await recallContext.newPage();
  await recallPage.goto(`${origin}/404.html`);
  await loadEngine(recallPage, kind);
  for (const r of results) {
    r.all = await recallPage.evaluate(
      async ({ kind, q }) => {
        const pf = window.__pf;
        if (kind === 'stock') return (await Promise.all((await pf.search(q)).results.map((x) => x.data()))).map((d) => d.url);
        const full = await window.__engine.searchSite(pf, q, { limit: 1000, words: window.__words });
        return full.mode === 'exact' ? full.documents.map((d) => `/${d.url.replace(/index\.html$/, '')}`) : [];
      },
      { kind, q: r.q },
    );
  }
  await recallContext.close();
  // The first query pays for loading the search bundle too.
  results[0].bytes += initBytes;
  return { initMs, initBytes, results };
}

const stock = await runEngine('stock');
const ours = await runEngine('ours');

/**
 * Landing: opens our top result as a reader would (?hl=…#section, 1280×800) and checks that the
 * first highlighted match is on screen once the page has loaded.
 */
async function measureLanding(run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let onScreen = 0;
  let tried = 0;
  const misses = [];
  for (const r of run.results) {
    const first = r.top[0];
    if (!first) continue;
    tried++;
    const [p, hash] = first.link.split('#');
    // As the site does: the typed words and the other names they were searched by.
    const words = (r.searched ?? [[norm(r.q)]]).flat().slice(0, 6);
    await page.goto(`${origin}${p}?hl=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`);
    await page.waitForTimeout(30);
    const ok = await page.evaluate(() => {
      const mark = document.querySelector('mark.search-hit');
      if (!mark) return false;
      const box = mark.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    if (ok) onScreen++;
    else misses.push(`${r.q} → ${first.link}`);
  }
  await context.close();
  return { rate: onScreen / Math.max(1, tried), onScreen, tried, misses };
}
const landing = await measureLanding(ours);
await browser.close();
server.close();

// 5. Score.
const dirBytes = (dir, skip) =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !skip.test(f)).reduce((n, f) => {
    const full = path.join(dir, f);
    return fs.statSync(full).isFile() ? n + fs.statSync(full).size : n;
  }, 0);
// Not index: Pagefind's UI files, and our script-wrapped copies of the data files (read only from file://).
const UI_FILES = /pagefind-(component-|modular-)?ui|pagefind-highlight|\.(pf_[a-z]+|pagefind|json)\.js$/;

function score(run, name, indexDir) {
  let recallHit = 0;
  let recallAll = 0;
  let precisionSum = 0;
  let top1 = 0;
  let section = 0;
  let reinterpreted = 0;
  const failures = [];
  const recallMisses = [];
  for (const r of run.results) {
    // Ours searches what it says it searched (question words dropped, other names added); stock, the query.
    const holds = (p) => (r.searched ? r.searched.every((forms) => forms.some((f) => contains(p.blocks, f))) : contains(p.blocks, r.q));
    if (r.searched && r.searched.flat().join(' ') !== norm(r.q)) reinterpreted++;
    const truth = new Set([...pages].filter(([, p]) => holds(p)).map(([url]) => url));
    const found = new Set(r.all.map((u) => u.split('#')[0]));
    recallAll += truth.size;
    recallHit += [...truth].filter((u) => found.has(u)).length;
    const missed = [...truth].filter((u) => !found.has(u));
    if (missed.length) recallMisses.push(`${r.q} → ${missed.join(' ')}`);
    const top = r.top.slice(0, 10);
    precisionSum += top.length ? top.filter((t) => truth.has(t.url.split('#')[0])).length / top.length : 0;
    const first = top[0];
    if (first && truth.has(first.url.split('#')[0])) top1++;
    const wanted = r.searched ?? [[norm(r.q)]];
    if (first && wanted.every((forms) => forms.some((f) => regionText(first.link).includes(f)))) section++;
    else failures.push(`${r.q} → ${first?.link ?? '(none)'}`);
  }
  const n = run.results.length;
  const ms = run.results.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  const later = run.results.slice(1).map((r) => r.bytes).sort((a, b) => a - b);
  return {
    engine: name,
    queries: n,
    reinterpreted,
    recall: recallHit / recallAll,
    precisionAt10: precisionSum / n,
    top1RealMatch: top1 / n,
    top1RightSection: section / n,
    medianMs: pct(0.5),
    p90Ms: pct(0.9),
    initMs: run.initMs,
    firstQueryBytes: run.results[0].bytes,
    laterQueryMedianBytes: later[Math.floor(later.length / 2)] ?? 0,
    laterQueryMeanBytes: later.reduce((a, b) => a + b, 0) / Math.max(1, later.length),
    indexBytes: dirBytes(indexDir, UI_FILES),
    sectionFailures: failures.slice(0, 20),
    recallMisses: recallMisses.slice(0, 20),
  };
}

const rows = [score(stock, 'stock Pagefind', path.join(SITE, 'pagefind-stock')), score(ours, '组工知识库', path.join(SITE, 'pagefind'))];
// The first query also paid for loading Pagefind itself; count that load into "first query".
const fmt = {
  recall: (v) => v.toFixed(3),
  precisionAt10: (v) => v.toFixed(3),
  top1RealMatch: (v) => v.toFixed(3),
  top1RightSection: (v) => v.toFixed(3),
  medianMs: (v) => v.toFixed(1),
  p90Ms: (v) => v.toFixed(1),
  firstQueryBytes: (v) => `${(v / 1024).toFixed(1)} KB`,
  laterQueryMedianBytes: (v) => `${(v / 1024).toFixed(1)} KB`,
  laterQueryMeanBytes: (v) => `${(v / 1024).toFixed(1)} KB`,
  indexBytes: (v) => `${(v / 1024).toFixed(1)} KB`,
};
console.log(`queries: ${rows[0].queries} (2/3/4/6-character substrings from the built text, plus ${glossary.length} glossary terms; seed ${args.seed})`);
console.log(`pages indexed: ${pages.size}\n`);
const metricNames = Object.keys(fmt);
const width = Math.max(...metricNames.map((m) => m.length));
console.log(`${'metric'.padEnd(width)}  ${rows.map((r) => r.engine.padStart(16)).join('  ')}  ratio`);
for (const m of metricNames) {
  const ratio = rows[0][m] ? (rows[1][m] / rows[0][m]).toFixed(2) : '';
  console.log(`${m.padEnd(width)}  ${rows.map((r) => fmt[m](r[m]).padStart(16)).join('  ')}  ${ratio}`);
}
const targets = {
  'recall = 1.0': rows[1].recall === 1,
  'precision@10 ≥ 0.98': rows[1].precisionAt10 >= 0.98,
  'top-1 real match ≥ 0.98': rows[1].top1RealMatch >= 0.98,
  'right section ≥ 0.95': rows[1].top1RightSection >= 0.95,
  'first-query bytes ≤ 1.5× stock': rows[1].firstQueryBytes <= 1.5 * rows[0].firstQueryBytes,
  'median time ≤ 2× stock': rows[1].medianMs <= 2 * rows[0].medianMs,
};
console.log(`\nlanding (our top result opened in Chromium, first highlight on screen): ${landing.onScreen}/${landing.tried} = ${landing.rate.toFixed(3)}`);
console.log(`queries our search read differently (question words dropped or other names added): ${rows[1].reinterpreted}`);
targets['landing on screen ≥ 0.98'] = landing.rate >= 0.98;
console.log('\ntargets:');
for (const [t, ok] of Object.entries(targets)) console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${t}`);
if (rows[1].recallMisses.length) console.log(`\nour recall misses (first 20):\n  ${rows[1].recallMisses.join('\n  ')}`);
if (rows[1].sectionFailures.length) console.log(`\nour section misses (first 20):\n  ${rows[1].sectionFailures.join('\n  ')}`);
if (landing.misses.length) console.log(`\nlanding misses (first 20):\n  ${landing.misses.slice(0, 20).join('\n  ')}`);
fs.mkdirSync(path.dirname(args.out), { recursive: true });
fs.writeFileSync(args.out, JSON.stringify({ date: new Date().toISOString(), rows, landing, targets, queries: queryList }, null, 2));
console.log(`\nwritten: ${args.out}`);
