// npm run check:content: checks every content file (schemas, structure, citations …) without building,
// printing every problem as file:line; exit 1 when there is one. The same check the build runs first.
import { CONTENT_DIR } from '../site-config';
import { formatProblems } from '../lib/content/entries';
import { loadContent } from '../data/load-content';

const started = performance.now();
const { problems, warnings, model } = loadContent(CONTENT_DIR);
if (warnings.length > 0) console.log(`内容检查提示 ${warnings.length} 处：\n${formatProblems(warnings)}\n`);
if (problems.length > 0) {
  console.error(`内容检查发现 ${problems.length} 处问题：\n${formatProblems(problems)}`);
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${model.entries.length} 个文件，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
}
