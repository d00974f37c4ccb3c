// Build hook: checks every content file (schemas, structure, citations …) before Astro starts, so
// one build reports every problem as file:line instead of stopping at the first. `astro build` and
// `astro sync` (npm run check:content) fail; `astro dev` only warns. Warnings never stop a build.
import type { AstroIntegration } from 'astro';
import { contentError } from './build-error';
import { formatProblems } from '../lib/content/entries';
import { loadContent } from '../data/load-content';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'zugong:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems, warnings } = loadContent(contentDir);
        if (warnings.length > 0) logger.warn(`内容检查提示 ${warnings.length} 处：\n${formatProblems(warnings)}`);
        if (problems.length === 0) return;
        const report = `内容检查发现 ${problems.length} 处问题：\n${formatProblems(problems)}`;
        if (command === 'build' || command === 'sync') throw contentError(report);
        logger.warn(report); // dev server: keep serving, show what to fix
      },
    },
  };
}
