// Runs the import tool in this process and prints, as one JSON line, its exit code, its output, how
// long the import took and the process's peak memory — so a test can bound both for hostile files.
//   node scripts/run-ts.mjs tests/helpers/measure-import.ts <import arguments…>
import { runImport } from '../../src/cli/import';

const lines: string[] = [];
const started = performance.now();
const code = await runImport(process.argv.slice(2), { out: (l) => lines.push(l), err: (l) => lines.push(l) }, { contentDir: process.env.CONTENT_DIR ?? 'content', cwd: process.cwd() });
const ms = performance.now() - started;
console.log(JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, output: lines.join('\n') }));
