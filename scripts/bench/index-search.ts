// Indexes a built site again, alone in this process, so a benchmark can time it and read its peak
// memory: `ours` is the site's own indexing step (dist/pagefind, as the build writes it), `stock`
// is Pagefind as shipped over the same pages (dist/pagefind-stock).
//   node scripts/run-ts.mjs scripts/bench/index-search.ts <dist> ours|stock
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../../src/integrations/pagefind';

const [dist, mode] = process.argv.slice(2);
if (!dist || (mode !== 'ours' && mode !== 'stock')) {
  console.error('usage: index-search.ts <dist> ours|stock');
  process.exit(2);
}
const started = performance.now();
if (mode === 'ours') {
  await buildSearchIndex(path.resolve(dist));
} else {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (errors.length || !index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: path.resolve(dist) });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: path.join(path.resolve(dist), 'pagefind-stock') });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  await pagefind.close();
}
console.log(JSON.stringify({ mode, seconds: (performance.now() - started) / 1000 }));
