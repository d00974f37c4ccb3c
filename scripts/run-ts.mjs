// Runs a TypeScript entry point (the CLI tools in src/cli/) by bundling it with esbuild in memory,
// so the tools share src/lib with the site without a separate build step.
//   node scripts/run-ts.mjs src/cli/run-import.ts [args…]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import * as esbuild from 'esbuild';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const result = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  write: false,
  logLevel: 'error',
});
// Inside the project, so the bundle's bare imports resolve from node_modules. Removed on any exit,
// including process.exit() inside the tool, so nothing is left behind in node_modules/.cache.
// (ZGZSK_CLI_CACHE moves it, for a test that checks exactly this.)
const cache = path.resolve(process.env.ZGZSK_CLI_CACHE ?? 'node_modules/.cache');
fs.mkdirSync(cache, { recursive: true });
const dir = fs.mkdtempSync(path.join(cache, 'zgzsk-cli-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
fs.writeFileSync(file, result.outputFiles[0].text);
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(file).href);
