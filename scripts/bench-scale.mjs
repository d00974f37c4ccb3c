// Scale benchmark: how the site and its search grow with imported full texts. For each size it
// writes seeded synthetic regulation texts (the vocabulary below is the project's own, no official
// wording), imports them with the project's import tool into a copy of the content, builds the
// site, indexes the same pages again alone — ours and stock Pagefind — to time that step and read
// its peak memory, then runs the search benchmark (scripts/bench-search.mjs: both engines on the
// same pages in headless Chromium). One table, ours and stock side by side from the same run.
//   npm run bench:scale [-- --sizes 1000,10000] [-- --seed 11] [-- --per-length 30]
//                       [-- --out tests/.tmp/bench-scale.json] [-- --compare saved.json]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '11' },
    'per-length': { type: 'string', default: '30' },
    out: { type: 'string', default: 'tests/.tmp/bench-scale.json' },
    compare: { type: 'string' },
  },
});

const ROOT = path.resolve('tests/.tmp/bench-scale');
const ARTICLES_PER_TEXT = 50;

// --- Synthetic texts -------------------------------------------------------------------------
let seed = Number(args.seed);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];

const SUBJECTS = ['各级党组织', '县级以上机关', '乡镇党委', '基层单位', '主管部门', '组织部门', '工作机构', '领导班子', '有关部门', '村级组织', '责任单位', '业务科室'];
const VERBS = ['应当建立', '负责组织', '定期检查', '及时报告', '统筹推进', '严格落实', '依规办理', '认真研究', '分类指导', '督促完成', '如实记载', '集中审核'];
const OBJECTS = ['年度工作计划', '会议记录', '档案材料', '学习培训', '考核评价', '议事程序', '请示报告', '经费管理', '信息公开', '风险防控', '制度建设', '人员配备', '台账资料', '整改措施'];
const TAILS = ['，并报上级备案', '，做到有据可查', '，每年至少开展一次', '，不得擅自变更', '，具体办法另行制定', '，结果向本单位公开', '', ''];
const CHAPTERS = ['总则', '职责分工', '工作程序', '监督检查', '保障措施', '附则'];
const DIGITS = '零一二三四五六七八九';

function numeral(n) {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return `${DIGITS[Math.floor(n / 100)]}百${n % 100 ? (n % 100 < 10 ? `零${DIGITS[n % 100]}` : numeral(n % 100).replace(/^十/, '一十')) : ''}`;
}

// Common characters for made-up item names, so the texts use many different character pairs (as
// real texts do) rather than only the phrases above.
const POOL = [...'国家人民工作发展经济社会建设管理制度组织政治文化教育科学技术生产生活农村城市企业单位部门机关干部群众服务安全环境资源水利交通卫生医疗财政税收金融市场价格土地住房就业保障养老救助统计审计监察司法公安信访应急消防气象林业草原渔业畜牧粮食物资能源电力通信网络档案保密外事侨务民族宗教妇女儿童青年老龄残疾体育旅游广播电视出版新闻文物图书馆博物馆山河湖海江风云雨雪春夏秋冬东西南北中上下前后左右'];
const itemName = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(POOL)).join('');

function sentence() {
  const figure = random() < 0.25 ? `，期限为${1 + Math.floor(random() * 30)}个工作日` : '';
  const item = random() < 0.6 ? `，涉及${itemName()}事项` : '';
  return `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}${item}${figure}${pick(TAILS)}。`;
}

function syntheticText(index) {
  const number = String(index + 1).padStart(4, '0');
  const lines = [`某某工作合成规定（样本${number}）`, '', `（2024年5月8日合成样本委员会通过　2024年5月10日合成样本委员会发布）`, ''];
  const perChapter = ARTICLES_PER_TEXT / 5;
  let article = 1;
  for (let c = 0; c < 5; c++) {
    lines.push(`第${numeral(c + 1)}章　${CHAPTERS[c]}`, '');
    for (let a = 0; a < perChapter; a++) {
      const body = Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join('');
      lines.push(`第${numeral(article++)}条　${body}`, '');
    }
  }
  return `${lines.join('\n')}\n`;
}

// --- Running and measuring ---------------------------------------------------------------------
/** Peak resident memory (KB) of every process below `root`, read from /proc (VmHWM). */
function descendantPeaks(root, peaks) {
  const parents = new Map();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  for (const pid of parents.keys()) {
    let p = pid;
    while (p > 1 && p !== root) p = parents.get(p) ?? 0;
    if (p !== root) continue;
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1])));
    } catch {
      // the process ended meanwhile
    }
  }
}

/**
 * Runs a command: its output, wall seconds and peak memory (MB) of the largest process it started,
 * Pagefind's own binary included (polled from /proc: GNU time misses children the tool kills).
 */
async function measured(command, commandArgs, env = {}) {
  const started = performance.now();
  const child = spawn(command, commandArgs, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const peaks = new Map();
  const timer = setInterval(() => descendantPeaks(child.pid, peaks), 100);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${stdout}\n${stderr}`);
  return { stdout, seconds: (performance.now() - started) / 1000, peakMb: Math.max(0, ...peaks.values()) / 1024 };
}

function filesUnder(dir, pattern) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => fs.statSync(path.join(dir, f)).size);
}

function indexStats(dir) {
  const chunks = filesUnder(dir, /\.pf_index$/);
  const fragments = filesUnder(dir, /\.pf_fragment$/);
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  return { indexBytes: sum(chunks), largestChunk: Math.max(0, ...chunks), fragmentBytes: sum(fragments), totalBytes: sum(filesUnder(dir, /\.(pf_[a-z]+|pagefind)$/)) };
}

async function runSize(target) {
  const work = path.join(ROOT, String(target));
  fs.rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  const sources = path.join(work, 'sources');
  const dist = path.join(work, 'dist');
  fs.cpSync('content', content, { recursive: true });
  fs.mkdirSync(sources, { recursive: true });
  const texts = Math.ceil(target / ARTICLES_PER_TEXT);
  for (let i = 0; i < texts; i++) fs.writeFileSync(path.join(sources, `hecheng-${String(i + 1).padStart(4, '0')}.txt`), syntheticText(i));
  console.error(`[${target}] ${texts} texts written; importing…`);

  const imported = await measured(process.execPath, ['scripts/run-ts.mjs', 'src/cli/run-import.ts', sources, '--status', '现行有效'], { CONTENT_DIR: content });
  const articles = fs
    .readdirSync(path.join(content, 'regulations'))
    .filter((f) => f.startsWith('hecheng'))
    .reduce((n, f) => n + (fs.readFileSync(path.join(content, 'regulations', f), 'utf8').match(/"type":\s*"article"/g) ?? []).length, 0);
  console.error(`[${target}] imported; building…`);

  const build = await measured(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', dist], { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, 'cache') });
  const pagefindSeconds = Number(/Pagefind indexed \d+ pages in ([\d.]+) s/.exec(build.stdout)?.[1] ?? NaN);
  console.error(`[${target}] built; indexing again, ours and stock…`);
  const oursIndex = await measured(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench/index-search.ts', dist, 'ours']);
  const stockIndex = await measured(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench/index-search.ts', dist, 'stock']);
  console.error(`[${target}] indexed; searching in Chromium…`);
  const benchOut = path.join(work, 'search.json');
  await measured(process.execPath, ['scripts/bench-search.mjs', '--no-build', '--dist', dist, '--work', path.join(work, 'search'), '--per-length', args['per-length'], '--seed', args.seed, '--out', benchOut]);
  const search = JSON.parse(fs.readFileSync(benchOut, 'utf8'));
  const [stock, ours] = search.rows;
  const catalogBytes = fs.statSync(path.join(dist, 'search-catalog.json')).size;
  const wordsBytes = fs.existsSync(path.join(dist, 'search-words.json')) ? fs.statSync(path.join(dist, 'search-words.json')).size : 0;
  return {
    target,
    articles,
    pages: filesUnder(dist, /\.html$/).length,
    importSeconds: imported.seconds,
    importPeakMb: imported.peakMb,
    buildSeconds: build.seconds,
    buildPeakMb: build.peakMb,
    pagefindInBuildSeconds: pagefindSeconds,
    ours: { indexSeconds: oursIndex.seconds, indexPeakMb: oursIndex.peakMb, ...indexStats(path.join(dist, 'pagefind')), search: ours, catalogBytes, wordsBytes },
    stock: { indexSeconds: stockIndex.seconds, indexPeakMb: stockIndex.peakMb, ...indexStats(path.join(dist, 'pagefind-stock')), search: stock },
    landing: search.landing?.rate,
    queries: ours.queries,
  };
}

// --- Report ------------------------------------------------------------------------------------
fs.mkdirSync(ROOT, { recursive: true });
const sizes = args.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = [];
for (const size of sizes) runs.push(await runSize(size));
const baseline = args.compare ? JSON.parse(fs.readFileSync(args.compare, 'utf8')) : null;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const metrics = [
  ['articles', (r) => r.articles, String],
  ['pages built', (r) => r.pages, String],
  ['import: time (s)', (r) => r.importSeconds, (v) => v.toFixed(1)],
  ['import: peak memory (MB)', (r) => r.importPeakMb, (v) => v.toFixed(0)],
  ['build: time (s)', (r) => r.buildSeconds, (v) => v.toFixed(1)],
  ['build: peak memory (MB)', (r) => r.buildPeakMb, (v) => v.toFixed(0)],
  ['build: Pagefind step (s)', (r) => r.pagefindInBuildSeconds, (v) => v.toFixed(1)],
  ['index alone: time (s)', (r, e) => r[e].indexSeconds, (v) => v.toFixed(1), true],
  ['index alone: peak memory (MB)', (r, e) => r[e].indexPeakMb, (v) => v.toFixed(0), true],
  ['index chunks', (r, e) => r[e].indexBytes, kb, true],
  ['largest index chunk', (r, e) => r[e].largestChunk, kb, true],
  ['fragments', (r, e) => r[e].fragmentBytes, kb, true],
  ['first-query bytes', (r, e) => r[e].search.firstQueryBytes, kb, true],
  ['later-query bytes (median)', (r, e) => r[e].search.laterQueryMedianBytes, kb, true],
  ['later-query bytes (mean)', (r, e) => r[e].search.laterQueryMeanBytes, kb, true],
  ['query time median (ms)', (r, e) => r[e].search.medianMs, (v) => v.toFixed(1), true],
  ['query time p90 (ms)', (r, e) => r[e].search.p90Ms, (v) => v.toFixed(1), true],
  ['recall', (r, e) => r[e].search.recall, (v) => v.toFixed(3), true],
  ['precision@10', (r, e) => r[e].search.precisionAt10, (v) => v.toFixed(3), true],
  ['landing on screen', (r) => r.landing ?? NaN, (v) => v.toFixed(3)],
];

const header = ['metric', ...runs.flatMap((r) => [`${r.target} ours`, `${r.target} stock`, 'ratio']), ...(baseline ? ['baseline (ours)'] : [])];
const rows = metrics.map(([name, get, format, perEngine]) => {
  const cells = runs.flatMap((r) => {
    if (!perEngine) return [format(get(r)), '', ''];
    const o = get(r, 'ours');
    const s = get(r, 'stock');
    return [format(o), format(s), s ? (o / s).toFixed(2) : ''];
  });
  const before = baseline?.runs?.map((r) => (perEngine ? get(r, 'ours') : get(r))).map(format).join(' / ');
  return [name, ...cells, ...(baseline ? [before ?? ''] : [])];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(`seed ${args.seed}; ${ARTICLES_PER_TEXT} articles per synthetic text; queries per size: ${runs.map((r) => r.queries).join(' / ')}`);
console.log(line(header));
for (const r of rows) console.log(line(r));
fs.mkdirSync(path.dirname(args.out), { recursive: true });
fs.writeFileSync(args.out, JSON.stringify({ date: new Date().toISOString(), seed: args.seed, runs }, null, 2));
console.log(`\nwritten: ${args.out}`);
