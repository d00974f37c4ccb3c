// npm run import -- <文件或文件夹>… [选项]: turns official regulation texts (.docx/.txt) into full-text
// pages — content/regulations/<slug>.json, the text stored as data — in one process. Every file is
// untrusted: read within limits, never evaluated; a refused file gets one Chinese sentence and loses
// nothing. Writes only under the regulations folder, atomically, never over a file without --force,
// and never a file the build would reject. A new version of a text keeps the old one as history.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isPartialDate } from '../lib/dates';
import { isSlug } from '../lib/slugs';
import { parseRegulationText, type ParsedRegulationText } from '../lib/import/parse-regulation-text';
import { readDocx } from '../lib/import/docx';
import { readTextFile, SourceError, type SourceText } from '../lib/import/source';
import { slugFromName } from '../lib/import/slug-from-name';
import { guessCategory } from '../lib/import/category';
import { planVersion, type ExistingText } from '../lib/import/versions';
import { problemsOfRegulationFile, readRegulationFile, serializeRegulationFile, type RegulationFileData } from '../lib/import/regulation-file';
import { outlineSummary } from '../lib/import/outline-summary';
import { REGULATION_CATEGORIES } from '../schemas/regulation';
import { CURRENT_STATUS, REGULATION_STATUSES } from '../lib/regulation-status';

/** Regulation texts are small; anything near this is not a regulation (or not text). */
const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

const SUPPORTED = new Set(['.txt', '.docx']);
const CONVERT_HINT =
  '目前支持 .docx 和 .txt（UTF-8 或 GBK/GB18030 编码）。.doc、.wps 文件请用 Word 或 WPS 打开后“另存为”.docx；' +
  'PDF 请复制文字保存为 .txt，或用 WPS 转换为 .docx 后核对条文';

export const USAGE = `用法：npm run import -- <文件或文件夹>… [选项]

  可以一次给多个文件，或一个文件夹（导入其中全部 .docx 和 .txt）。
  --slug 名称          页面网址名（小写字母、数字、连字符），默认由文件名转成拼音
  --title 全称         默认取文件第一行
  --short 简称
  --issuer 发文机关    默认从题注读取
  --issued 日期        发布日期 YYYY-MM-DD（或 YYYY-MM、YYYY），默认从题注读取
  --effective 日期     施行日期
  --status 状态        ${REGULATION_STATUSES.join(' / ')}（默认 ${CURRENT_STATUS}）
  --category 类别      ${REGULATION_CATEGORIES.join(' / ')}（默认按标题判断）
  --summary 摘要       一两句话说明这部法规管什么
  --guide 导读名       本法规学习导读的文件名：导读中的引用将指向本全文的条文
  --new-version-of 名  本文件是已导入法规（网址名）的新版本：旧文本保留为历史版本，并生成修订对照
  --encoding 编码      .txt 的编码：utf-8 或 gb18030（默认自动识别）
  --out 目录           输出目录，只能是 content/regulations 或其中的子文件夹（默认 content/regulations）
  --dry-run            只显示识别出的结构和问题，不写文件
  --force              覆盖已有的同名文件（有错误的文本仍然不会写入）`;

/** Options that describe one particular text and so cannot apply to several files at once. */
const PER_TEXT = ['slug', 'title', 'short', 'issued', 'effective', 'summary', 'guide', 'new-version-of'] as const;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

interface Options {
  slug?: string;
  title?: string;
  short?: string;
  issuer?: string;
  issued?: string;
  effective?: string;
  status?: string;
  category?: string;
  summary?: string;
  guide?: string;
  newVersionOf?: string;
  encoding?: 'utf-8' | 'gb18030';
  outDir: string;
  dryRun: boolean;
  force: boolean;
}

interface FileResult {
  file: string;
  outcome: '已导入' | '试运行' | '未导入';
  slug?: string;
  articles?: number;
  reason?: string;
}

/** Thrown for a refusal of one file: the message is the whole explanation. */
class Refusal extends Error {}

/** Runs the import; returns the exit code (0 all done, 1 some file refused, 2 wrong usage). */
export async function runImport(argv: string[], io: Io, env: { contentDir: string; cwd: string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slug: { type: 'string' }, title: { type: 'string' }, short: { type: 'string' }, issuer: { type: 'string' },
        issued: { type: 'string' }, effective: { type: 'string' }, status: { type: 'string' }, category: { type: 'string' },
        summary: { type: 'string' }, guide: { type: 'string' }, 'new-version-of': { type: 'string' }, encoding: { type: 'string' },
        out: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(`${translateArgError((error as Error).message)}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const usage = (message: string) => {
    io.err(`${message}\n\n运行 npm run import -- --help 查看全部选项。`);
    return 2;
  };
  if (v.encoding && !['utf-8', 'utf8', 'gb18030', 'gbk'].includes(v.encoding.toLowerCase())) return usage('--encoding 只能是 utf-8 或 gb18030（GBK 文件用 gb18030）');
  for (const [flag, value] of [['--issued', v.issued], ['--effective', v.effective]] as const) {
    if (value !== undefined && !isPartialDate(value)) return usage(`${flag} "${value}" 不是有效日期，应写成 YYYY-MM-DD（只知年月写 YYYY-MM）`);
  }
  if (v.status !== undefined && !(REGULATION_STATUSES as readonly string[]).includes(v.status)) return usage(`--status 只能是 ${REGULATION_STATUSES.join(' / ')}`);
  if (v.category !== undefined && !(REGULATION_CATEGORIES as readonly string[]).includes(v.category)) return usage(`--category 只能是 ${REGULATION_CATEGORIES.join(' / ')}`);
  for (const [flag, value] of [['--slug', v.slug], ['--guide', v.guide], ['--new-version-of', v['new-version-of']]] as const) {
    if (value !== undefined && !isSlug(value)) return usage(`${flag} "${value}" 不是有效的网址名：只能用小写字母、数字和连字符，例如 xianwei-changwei-guize`);
  }
  if (v.slug && v['new-version-of']) return usage('--slug 和 --new-version-of 不能同时使用：新版本沿用原来的网址名');

  const regulationsDir = path.resolve(env.contentDir, 'regulations');
  const outDir = path.resolve(env.cwd, v.out ?? regulationsDir);
  if (!isInside(outDir, regulationsDir)) {
    return usage(`--out 只能是 ${path.relative(env.cwd, regulationsDir) || regulationsDir} 或其中的子文件夹：导入的全文只能放在法规目录里（这里是 ${v.out}）`);
  }

  let files: string[];
  try {
    files = expandInputs(positionals.map((p) => path.resolve(env.cwd, p)));
  } catch (error) {
    if (error instanceof Refusal) return usage(error.message);
    throw error;
  }
  if (files.length > 1) {
    const given = PER_TEXT.filter((k) => v[k] !== undefined);
    if (given.length > 0) return usage(`一次导入多个文件时不能用 ${given.map((k) => `--${k}`).join('、')}（这些选项只针对一部法规）：请逐个导入这些文件`);
  }

  const options: Options = {
    slug: v.slug, title: v.title, short: v.short, issuer: v.issuer, issued: v.issued, effective: v.effective,
    status: v.status, category: v.category, summary: v.summary, guide: v.guide, newVersionOf: v['new-version-of'],
    encoding: v.encoding ? (/^utf/i.test(v.encoding) ? 'utf-8' : 'gb18030') : undefined,
    outDir, dryRun: v['dry-run'], force: v.force,
  };
  const started = performance.now();
  const results: FileResult[] = [];
  for (const file of files) {
    const shown = path.relative(env.cwd, file) || file;
    if (files.length > 1) io.out(`\n== ${shown}`);
    try {
      results.push(await importOne(file, shown, options, regulationsDir, env.cwd, io));
    } catch (error) {
      const message = error instanceof Refusal || error instanceof SourceError ? error.message : internalError(error);
      io.err(`${shown}：没有导入：${message}`);
      results.push({ file: shown, outcome: '未导入', reason: message });
    }
  }
  if (files.length > 1) printSummary(results, io, performance.now() - started);
  return results.some((r) => r.outcome === '未导入') ? 1 : 0;
}

function internalError(error: unknown): string {
  if (process.env.ZGZSK_DEBUG) console.error(error);
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `处理时出错（${detail}）。请把这个文件和这行提示交给维护人员`;
}

function translateArgError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `不认识的选项 ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `选项 ${missing[1]} 后面需要一个值`;
  return `命令写法有误（${message}）`;
}

function isInside(child: string, parent: string): boolean {
  const real = (p: string) => {
    // The folder may not exist yet: resolve the nearest existing ancestor, so a symlink cannot lead out.
    let existing = p;
    while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
    return path.join(fs.realpathSync(existing), path.relative(existing, p));
  };
  const rel = path.relative(real(parent), real(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Files named on the command line, and the .docx/.txt files inside named folders (sorted). */
function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new Refusal(`找不到文件或文件夹：${input}`);
    if (fs.statSync(input).isDirectory()) {
      const found = fs
        .readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((name) => SUPPORTED.has(path.extname(name).toLowerCase()))
        .sort((a, b) => a.localeCompare(b, 'zh-CN'))
        .map((name) => path.join(input, name));
      if (found.length === 0) throw new Refusal(`文件夹 ${input} 中没有 .docx 或 .txt 文件`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

async function readSource(file: string, encoding: Options['encoding']): Promise<{ source: SourceText; sha256: string }> {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new Refusal('不是普通文件');
  if (stat.size === 0) throw new Refusal('文件是空的');
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new Refusal(`文件太大（${(stat.size / 1024 / 1024).toFixed(1)} MB）：一部法规的文本一般不超过 1 MB，请确认选对了文件（上限 ${MAX_SOURCE_BYTES / 1024 / 1024} MB）`);
  }
  const extension = path.extname(file).toLowerCase();
  if (!SUPPORTED.has(extension)) throw new Refusal(`不支持${extension ? ` ${extension} ` : '没有扩展名的'}文件。${CONVERT_HINT}`);
  const bytes = fs.readFileSync(file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const source = extension === '.docx' ? await readDocx(bytes) : readTextFile(bytes, encoding);
  return { source, sha256 };
}

/** Imported texts already in the regulations folder (unreadable ones are skipped). */
function existingTexts(regulationsDir: string): ExistingText[] {
  if (!fs.existsSync(regulationsDir)) return [];
  return fs
    .readdirSync(regulationsDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(json|mdx)$/.test(name))
    .flatMap((name): ExistingText[] => {
      const file = path.join(regulationsDir, name);
      const slug = path.basename(name).replace(/\.[^.]+$/, '');
      if (name.endsWith('.mdx')) return [{ slug, file, kind: 'mdx' }];
      const text = fs.readFileSync(file, 'utf8');
      const data = readRegulationFile(text);
      if (!data) return [];
      const raw = JSON.parse(text) as Record<string, unknown>;
      return [{ slug, file, kind: 'json', title: data.title, issued: data.issued, versionOf: data.versionOf, studyGuide: data.studyGuide, raw }];
    });
}

async function importOne(file: string, shown: string, opt: Options, regulationsDir: string, cwd: string, io: Io): Promise<FileResult> {
  const { source, sha256 } = await readSource(file, opt.encoding);
  const parsed = parseRegulationText(source.items);
  const where = (line: number) => `${shown}:${source.unit === '段' ? `第${line}段` : line}`;

  const title = (opt.title ?? parsed.title ?? '').replace(/^《|》$/g, '');
  const issuer = opt.issuer ?? parsed.noteMeta.issuer;
  const issued = opt.issued ?? parsed.noteMeta.issued;
  const effective = opt.effective ?? parsed.noteMeta.effective;
  const category = opt.category ?? guessCategory(title);
  const articles = countArticles(parsed);

  io.out(`《${title}》  ${outlineSummary(parsed.text)}  （${source.format === 'docx' ? '.docx' : `.txt，${source.format}`}）`);
  if (parsed.note) io.out(`题注：${parsed.note}`);
  if (parsed.noteMeta.adopted) io.out(`审议：${parsed.noteMeta.adopted.date} ${parsed.noteMeta.adopted.by}`);
  io.out(outlineSummary(parsed.text, true));
  for (const w of source.warnings) io.out(`${shown}：提示：${w}`);
  for (const p of parsed.problems) io.out(`${where(p.line)}: ${p.severity === 'error' ? '错误' : '提示'}：${p.message}`);

  const reasons: string[] = [];
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) reasons.push(`发现 ${errors.length} 个问题（见上，首个在${where(errors[0]!.line).slice(shown.length + 1)}），请对照正式文本修正源文件后重试`);
  if (!issuer) reasons.push('题注中没有写发文机关：请加 --issuer "发文机关全称"，例如 --issuer "中共某县委员会"');
  if (!issued) reasons.push('题注中没有读到发布日期：请加 --issued YYYY-MM-DD，例如 --issued 2025-03-15');
  if (reasons.length > 0) throw new Refusal(reasons.join('；'));

  const slug = opt.slug ?? slugFromName(file);
  if (!isSlug(slug)) throw new Refusal(`无法从文件名生成网址名：请加 --slug 指定，例如 --slug xianwei-changwei-guize`);
  const data: RegulationFileData = {
    title,
    ...(opt.short ? { shortTitle: opt.short } : {}),
    issuer: issuer!,
    issued: issued!,
    ...(effective ? { effective } : {}),
    ...(parsed.noteMeta.adopted ? { adopted: parsed.noteMeta.adopted } : {}),
    status: opt.status ?? CURRENT_STATUS,
    category,
    kind: '全文',
    version: `导入的正式文本（${path.basename(file)}）`,
    summary: opt.summary ?? `《${title}》全文（由正式文本导入）。`,
    ...(opt.guide ? { studyGuide: opt.guide } : {}),
    source: { file: path.basename(file), sha256, format: source.format },
    ...(parsed.note ? { note: parsed.note } : {}),
    text: parsed.text,
  };

  const plan = planVersion({ slug, data, newVersionOf: opt.newVersionOf, force: opt.force, existing: existingTexts(regulationsDir) });
  if (!plan.ok) throw new Refusal(plan.message);
  for (const note of plan.notes) io.out(note);
  for (const write of plan.writes) {
    const problems = problemsOfRegulationFile(write.data);
    if (problems.length > 0) throw new Refusal(`生成的文件不能通过构建检查：${problems.slice(0, 3).join('；')}`);
  }
  if (opt.dryRun) {
    io.out(`试运行：没有写入任何文件。将写入 ${plan.writes.map((w) => `${w.slug}.json`).join('、')}。`);
    return { file: shown, outcome: '试运行', slug: plan.currentSlug, articles };
  }
  for (const write of plan.writes) {
    const target = path.join(write.dir ?? opt.outDir, `${write.slug}.json`);
    writeAtomically(target, serializeRegulationFile(write.data));
    io.out(`已写入 ${path.relative(cwd, target)}`);
  }
  io.out(`完成：${articles} 条。运行 npm run build 检查并生成页面。`);
  return { file: shown, outcome: '已导入', slug: plan.currentSlug, articles };
}

function countArticles(parsed: ParsedRegulationText): number {
  let n = 0;
  const visit = (nodes: ParsedRegulationText['text']) => {
    for (const node of nodes) {
      if (node.type === 'article') n++;
      else if ('children' in node && node.type !== 'appendix') visit(node.children as ParsedRegulationText['text']);
    }
  };
  visit(parsed.text);
  return n;
}

/** Readers see the old file or the new one, never half of one. */
function writeAtomically(target: string, text: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function printSummary(results: FileResult[], io: Io, ms: number) {
  const done = results.filter((r) => r.outcome !== '未导入').length;
  io.out(`\n共 ${results.length} 个文件：${done} 个${results.some((r) => r.outcome === '试运行') ? '可以导入（试运行）' : '已导入'}，${results.length - done} 个未导入（用时 ${(ms / 1000).toFixed(1)} 秒）。`);
  io.out('| 文件 | 结果 | 网址名 | 条数 | 说明 |');
  io.out('|---|---|---|---|---|');
  for (const r of results) io.out(`| ${r.file} | ${r.outcome} | ${r.slug ?? ''} | ${r.articles ?? ''} | ${(r.reason ?? '').replace(/\|/g, '｜')} |`);
}
