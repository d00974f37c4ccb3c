// Benchmark of the browser tools' work: the citation checker on drafts of growing size (median and
// range of repeated runs) and the size of each shipped script. Prints a table; with --baseline, a
// saved run's numbers beside this one's, so a change is judged against the same machine's noise.
//   npm run bench:check [-- --runs 15] [-- --out tests/.tmp/bench-check.json] [-- --baseline file.json]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/data/load-content';
import { buildKnowledge } from '../src/lib/cite-check/knowledge';
import { checkDraft } from '../src/lib/cite-check/find';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, out: { type: 'string', default: 'tests/.tmp/bench-check.json' }, baseline: { type: 'string' } },
});
const runs = Number(args.runs);
const knowledge = buildKnowledge(loadContent('content').model);
const seeds = fs.readFileSync('tests/fixtures/cite-check/seeded.yaml', 'utf8').match(/^- text: (.*)$/gm)!.map((l) => l.slice(8));
const corpus = seeds.join('\n');

const results: Record<string, number> = {};
const rows: string[][] = [];
for (const size of [5_000, 20_000, 50_000]) {
  const draft = corpus.repeat(Math.ceil(size / corpus.length)).slice(0, size);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    findings = checkDraft(draft, knowledge).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  results[`check ${size}`] = median;
  rows.push([`引用体检 ${size.toLocaleString('en')} 字`, `${median.toFixed(1)} ms`, `${times[0]!.toFixed(1)}–${times[times.length - 1]!.toFixed(1)} ms`, `${findings} 处`]);
}
const scripts = path.resolve('dist/_zgzsk');
if (fs.existsSync(scripts)) {
  for (const f of fs.readdirSync(scripts).sort()) {
    const bytes = fs.readFileSync(path.join(scripts, f));
    const gz = zlib.gzipSync(bytes).length;
    results[`script ${f.split('.')[0]}`] = gz;
    rows.push([`脚本 ${f.split('.')[0]}.js`, `${(bytes.length / 1024).toFixed(1)} KB`, `gzip ${(gz / 1024).toFixed(1)} KB`, '']);
  }
}
const baseline = args.baseline ? (JSON.parse(fs.readFileSync(args.baseline, 'utf8')) as Record<string, number>) : null;
const keys = Object.keys(results);
console.log(`| 项目 | 本次 | 范围/压缩 | 结果 |${baseline ? ' 基线 | 比值 |' : ''}`);
console.log(`|---|---|---|---|${baseline ? '---|---|' : ''}`);
rows.forEach((r, i) => {
  const b = baseline?.[keys[i]!];
  console.log(`| ${r.join(' | ')} |${baseline ? ` ${b === undefined ? '—' : b.toFixed(1)} | ${b ? (results[keys[i]!]! / b).toFixed(2) : '—'} |` : ''}`);
});
fs.mkdirSync(path.dirname(args.out!), { recursive: true });
fs.writeFileSync(args.out!, JSON.stringify(results, null, 2));
console.log(`\n${runs} runs each; results saved to ${args.out} (use as --baseline next time)`);
