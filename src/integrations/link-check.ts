// Build hook: after the pages are written, every internal link and #fragment must resolve and
// nothing may point at another origin; otherwise the build fails, naming page and link.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentError } from './build-error';
import { checkLinks, formatLinkProblems } from '../lib/link-check';
import { normalizeBase } from '../lib/routes';
import { distFileExists, readBuiltPages } from './dist-pages';

export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'zugong:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = readBuiltPages(distDir, base);
        const problems = checkLinks(pages, distFileExists(distDir, base));
        if (problems.length > 0) {
          const report = `链接检查发现 ${problems.length} 处问题：\n${formatLinkProblems(problems)}`;
          throw contentError(report);
        }
        logger.info(`${pages.length} pages, all links and anchors resolve`);
      },
    },
  };
}
