// Build hook: after the pages are written, no page may show Markdown as text, a fact-sheet id or a
// space inside Chinese text (src/lib/rendered-text.ts); otherwise the build fails, naming each page and what it shows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentError } from './build-error';
import { renderedDefects } from '../lib/rendered-text';

const MESSAGES = {
  markup: '页面上出现了没有生效的标记“**”（检查 ** 两侧的写法）',
  'fact-id': '页面上出现了事实编号（编号只写在注释和 facts 中，读者看到的是出处）',
  space: '两个汉字之间出现了空格（多半是模板里一句话折了行；要让人照着输入的带空格示例，放进 <kbd>）',
} as const;

export function renderedCheck(): AstroIntegration {
  return {
    name: 'zugong:rendered-check',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const problems: string[] = [];
        for (const file of fs.readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          for (const d of renderedDefects(fs.readFileSync(path.join(distDir, file), 'utf8'))) problems.push(`${file}: ${MESSAGES[d.kind]}：…${d.excerpt}…`);
        }
        if (problems.length > 0) throw contentError(`渲染检查发现 ${problems.length} 处问题：\n${problems.join('\n')}`);
      },
    },
  };
}
