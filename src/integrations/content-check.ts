// Build hook: checks every content file (schemas, structure, citations) before Astro starts,
// so one build reports every problem as file:line instead of stopping at the first.
// `astro build` and `astro sync` (npm run check:content) fail; `astro dev` only warns.
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentError } from './build-error';
import { SCHEMAS, collectionExtensions, type CollectionName } from '../schemas';
import { checkContent, formatProblems, type ContentFile } from '../lib/content-check';

export function readContentFiles(contentDir: string): ContentFile[] {
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

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'zugong:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems, warnings } = checkContent(readContentFiles(contentDir));
        if (warnings.length > 0) logger.warn(`内容检查提示 ${warnings.length} 处：\n${formatProblems(warnings)}`);
        if (problems.length === 0) return;
        const report = `内容检查发现 ${problems.length} 处问题：\n${formatProblems(problems)}`;
        if (command === 'build' || command === 'sync') {
          throw contentError(report);
        }
        logger.warn(report); // dev server: keep serving, show what to fix
      },
    },
  };
}
