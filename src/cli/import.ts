// npm run import -- <file> [options]: turns an official regulation text (.docx/.txt) into a full-text
// page in content/regulations/. Refuses on structural problems (unless --force), never overwrites
// without --force, writes atomically, never touches the source file.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isPartialDate } from '../lib/dates';
import { parseRegulationText, type ParsedRegulationText } from '../lib/import/parse-regulation-text';
import { guessCategory, toMdx } from '../lib/import/to-mdx';
import { REGULATION_CATEGORIES, REGULATION_STATUSES } from '../schemas/regulation';
import { ImportError, readSource, type Encoding } from './read-source';

const USAGE = `用法：npm run import -- <文件.docx|文件.txt> [选项]

  --slug 名称        页面网址名（小写字母、数字、连字符），默认取文件名
  --title 全称       默认取文件第一行
  --short 简称
  --issuer 发文机关  默认从题注读取
  --issued 日期      发布日期 YYYY-MM-DD（或 YYYY-MM、YYYY），默认从题注读取
  --effective 日期   施行日期
  --status 状态      ${REGULATION_STATUSES.join(' / ')}（默认 现行有效）
  --category 类别    ${REGULATION_CATEGORIES.join(' / ')}（默认按标题判断）
  --summary 摘要     一两句话说明这部法规管什么
  --guide 导读名     本法规学习导读的文件名：导读中的引用将指向本全文的条文
  --encoding 编码    .txt 的编码：utf-8 或 gb18030（默认自动识别）
  --out 目录         输出目录（默认 content/regulations）
  --dry-run          只显示识别出的结构和问题，不写文件
  --force            有结构问题也写入；覆盖已有文件`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function outline(parsed: ParsedRegulationText): string {
  const lines: string[] = [];
  let articlesInChapter = 0;
  let chapterLine = -1;
  const flush = () => {
    if (chapterLine >= 0) lines[chapterLine] += `（${articlesInChapter} 条）`;
  };
  for (const b of parsed.blocks) {
    if (b.kind === 'part') lines.push(`第${b.n}编 ${b.title}`);
    if (b.kind === 'chapter') {
      flush();
      lines.push(`  第${b.n}章 ${b.title}`);
      chapterLine = lines.length - 1;
      articlesInChapter = 0;
    }
    if (b.kind === 'section') lines.push(`    第${b.n}节 ${b.title}`);
    if (b.kind === 'article') articlesInChapter++;
    if (b.kind === 'appendix') lines.push(`  ${b.title}`);
  }
  flush();
  return lines.join('\n');
}

async function main() {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' }, title: { type: 'string' }, short: { type: 'string' }, issuer: { type: 'string' },
        issued: { type: 'string' }, effective: { type: 'string' }, status: { type: 'string' }, category: { type: 'string' },
        summary: { type: 'string' }, guide: { type: 'string' }, encoding: { type: 'string' }, out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false }, force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values: opt, positionals } = parsedArgs;
  if (opt.help || positionals.length !== 1) fail(USAGE, opt.help ? 0 : 2);
  const source = positionals[0]!;
  if (opt.encoding && !['utf-8', 'utf8', 'gb18030', 'gbk'].includes(opt.encoding.toLowerCase())) fail(`--encoding 只能是 utf-8 或 gb18030（GBK 文件用 gb18030）`, 2);
  const encoding = opt.encoding ? ((/^utf/i.test(opt.encoding) ? 'utf-8' : 'gb18030') as Encoding) : undefined;

  const started = performance.now();
  const { text, encoding: used } = await readSource(source, encoding);
  const parsed = parseRegulationText(text);

  const slug = opt.slug ?? path.basename(source).replace(/\.[^.]+$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`网址名“${slug}”只能用小写字母、数字和连字符：请用 --slug 指定，例如 --slug xianwei-changwei-guize`, 2);
  const title = opt.title ?? parsed.title?.replace(/^《|》$/g, '') ?? '';
  const issuer = opt.issuer ?? parsed.noteMeta.issuer;
  const issued = opt.issued ?? parsed.noteMeta.issued;
  const effective = opt.effective ?? parsed.noteMeta.effective;
  const status = opt.status ?? '现行有效';
  const category = opt.category ?? guessCategory(title);
  const usage: string[] = [];
  if (!issuer) usage.push('题注中没有读到发文机关：请用 --issuer 指定');
  if (!issued) usage.push('题注中没有读到发布日期：请用 --issued 指定（YYYY-MM-DD）');
  for (const [name, value] of [['--issued', issued], ['--effective', effective]] as const) {
    if (value && !isPartialDate(value)) usage.push(`${name} "${value}" 不是有效日期，应写成 YYYY-MM-DD`);
  }
  if (!(REGULATION_STATUSES as readonly string[]).includes(status)) usage.push(`--status 只能是 ${REGULATION_STATUSES.join(' / ')}`);
  if (!(REGULATION_CATEGORIES as readonly string[]).includes(category)) usage.push(`--category 只能是 ${REGULATION_CATEGORIES.join(' / ')}`);

  const articles = parsed.blocks.filter((b) => b.kind === 'article').length;
  const chapters = parsed.blocks.filter((b) => b.kind === 'chapter').length;
  console.log(`《${title}》  ${chapters} 章 ${articles} 条  （${used === 'docx' ? '.docx' : `.txt，${used}`}）`);
  if (parsed.note) console.log(`题注：${parsed.note}`);
  console.log(outline(parsed));
  for (const p of parsed.problems) console.log(`${source}:${p.line}: ${p.severity === 'error' ? '错误' : '提示'}：${p.message}`);
  for (const u of usage) console.log(`错误：${u}`);

  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (usage.length > 0) fail('\n没有写入：请补全上面的信息。', 2);
  if (opt['dry-run']) {
    console.log(`\n试运行：没有写入任何文件。${errors.length ? `有 ${errors.length} 个结构问题需要处理。` : ''}`);
    return;
  }
  if (errors.length > 0 && !opt.force) fail(`\n没有写入：发现 ${errors.length} 个结构问题（见上）。请修正源文件后重试；确认无误也可加 --force 强制写入。`);

  const outDir = path.resolve(opt.out ?? 'content/regulations');
  const target = path.join(outDir, `${slug}.mdx`);
  if (fs.existsSync(target) && !opt.force) fail(`\n没有写入：${path.relative(process.cwd(), target)} 已经存在。确认要用新文本覆盖时加 --force。`);

  const mdx = toMdx(parsed, {
    title,
    shortTitle: opt.short,
    issuer: issuer!,
    issued: issued!,
    effective,
    status,
    category,
    summary: opt.summary ?? `《${title}》全文（由正式文本导入）。`,
    version: `导入的正式文本（${path.basename(source)}）`,
    studyGuide: opt.guide,
    sourceName: path.basename(source),
  });
  fs.mkdirSync(outDir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, mdx);
  fs.renameSync(temporary, target); // atomic: readers see the old file or the new one, never half
  const ms = performance.now() - started;
  console.log(`\n已写入 ${path.relative(process.cwd(), target)}（${articles} 条，用时 ${ms.toFixed(0)} ms）。运行 npm run build 检查并生成页面。`);
}

main().catch((error) => {
  if (error instanceof ImportError) fail(`没有写入：${error.message}`);
  throw error;
});
