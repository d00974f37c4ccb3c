// Reads content/ from disk and checks it, once per state of the content: the build hook (before
// Astro starts) and the pages (while Astro renders) get the same model from the same parse — the
// result is kept, keyed by a fingerprint of every file, for as long as the files stay the same.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMAS, collectionExtensions, type CollectionName } from '../schemas';
import type { ContentFile, Problem } from '../lib/content/entries';
import { checkContent } from '../lib/content/check';
import type { SiteModel } from '../lib/content/model';

export interface LoadedContent {
  /** SHA-256 over every file's path and bytes: changes exactly when the content does. */
  fingerprint: string;
  model: SiteModel;
  problems: Problem[];
  warnings: Problem[];
}

function readContentFiles(contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of Object.keys(SCHEMAS) as CollectionName[]) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    const extensions = collectionExtensions(collection);
    for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!extensions.includes(path.extname(name).slice(1))) continue;
      const full = path.join(dir, name);
      files.push({ collection, path: path.relative(process.cwd(), full), text: fs.readFileSync(full, 'utf8') });
    }
  }
  return files;
}

function fingerprintOf(files: ContentFile[]): string {
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f.path.split(path.sep).join('/')).update('\0').update(f.text).update('\0');
  return hash.digest('hex');
}

const CACHE = Symbol.for('zgzsk.loaded-content');
type Cache = Map<string, LoadedContent>;

export function loadContent(contentDir: string): LoadedContent {
  const files = readContentFiles(contentDir);
  const fingerprint = fingerprintOf(files);
  const store = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (store[CACHE] ??= new Map());
  const key = `${path.resolve(contentDir)}\0${fingerprint}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const { problems, warnings, model } = checkContent(files);
    loaded = { fingerprint, model, problems, warnings };
    cache.clear(); // only the current state of the content is worth keeping
    cache.set(key, loaded);
  }
  return loaded;
}
