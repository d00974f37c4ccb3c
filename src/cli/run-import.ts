// Entry point of `npm run import`: runs the import tool on the command line's arguments.
import { CONTENT_DIR } from '../site-config';
import { runImport } from './import';

process.exitCode = await runImport(
  process.argv.slice(2),
  { out: (line) => console.log(line), err: (line) => console.error(line) },
  { contentDir: CONTENT_DIR, cwd: process.cwd() },
);
