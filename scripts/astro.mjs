// Runs the Astro CLI with telemetry switched off, on any OS: the site is built on machines
// without internet, and a build must never try to send anything anywhere.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs');
const args = process.argv.slice(2);
// Builds always re-read content: it takes a second or two, while a content cache that outlived a
// schema change silently serves entries without the new fields.
if (args[0] === 'build' && !args.includes('--force')) args.push('--force');
const child = spawn(process.execPath, [cli, ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
