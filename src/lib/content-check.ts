// Checks all content before the site is built: data against the schemas, the structure of
// regulation texts, and every citation and cross-reference. Returns problems as file:line
// messages; it never reads the disk itself (the build hook hands it the files).
import type { z } from 'astro/zod';
import { SCHEMAS, type CollectionName } from '../schemas';
import type { RegulationData } from '../schemas/regulation';
import { findTags } from './mdx-tags';
import { MDX_COMPONENT_NAMES } from './mdx-component-names';
import { findBareArticleNumbers } from './bare-articles';
import type { FiguresFileData } from '../schemas/figures';
import { extractCitations, resolveCitation, type RegulationIndex, type RegulationTarget } from './citations';
import { checkFullText, articlesByNumber, articlePlainText } from './full-text';
import { linkFullTexts, outlineOfRegulation, regulationTarget } from './regulation-index';
import { isSlug, slugOf } from './slugs';
import { normalizeForCompare } from './text-diff';
import { numberedLabel } from './chinese-numerals';
import { parseSource, type ParsedSource, type SourceFile } from './source-file';

export interface ContentFile extends SourceFile {
  collection: CollectionName;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

interface CheckedEntry {
  file: ContentFile;
  slug: string;
  parsed: ParsedSource;
  data: Record<string, unknown> | null;
}

export function checkContent(files: ContentFile[]): { problems: Problem[]; warnings: Problem[]; index: RegulationIndex } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report = (file: ContentFile, line: number, message: string) => problems.push({ file: file.path, line, message });
  const entries: CheckedEntry[] = [];
  const seen = new Map<string, string>();

  for (const file of files) {
    const slug = slugOf(file.path);
    if (!isSlug(slug)) {
      report(file, 1, `文件名“${slug}”只能用小写字母、数字和连字符（它就是页面网址），例如 xuanba-renyong`);
    }
    const other = seen.get(`${file.collection}/${slug}`);
    if (other) report(file, 1, `文件名“${slug}”与 ${other} 重复：同一栏目中的文件名（即网址）不能相同，子文件夹也算在内`);
    seen.set(`${file.collection}/${slug}`, file.path);
    const parsed = parseSource(file);
    parsed.errors.forEach((e) => report(file, e.line, e.message));
    let data: Record<string, unknown> | null = null;
    if (parsed.data) {
      const result = (SCHEMAS[file.collection] as z.ZodType).safeParse(parsed.data);
      if (result.success) {
        data = result.data as Record<string, unknown>;
      } else {
        for (const issue of result.error.issues) {
          report(file, parsed.lineOf(issue.path), describeIssue(issue));
        }
      }
    }
    entries.push({ file, slug, parsed, data });
  }

  const index = buildIndex(entries, report);
  const versions = checkVersions(entries, report);

  // A regulation that failed its own checks is reported once; citations to it are not
  // reported again as "not found".
  const invalidRegulations = new Set(entries.filter((e) => e.file.collection === 'regulations' && !e.data).map((e) => e.slug));
  for (const entry of entries) {
    if (!entry.file.path.endsWith('.mdx')) continue;
    const { citations, problems: tagProblems } = extractCitations(entry.parsed.body, entry.parsed.bodyLine);
    tagProblems.forEach((p) => report(entry.file, p.line, p.message));
    for (const citation of citations) {
      if (invalidRegulations.has(citation.reg)) continue;
      const resolved = resolveCitation(index, citation);
      if (!resolved.ok) report(entry.file, citation.line, `引用无效 <Cite reg="${citation.reg}"${citation.art ? ` art={${citation.art}}` : ''}${citation.ch ? ` ch={${citation.ch}}` : ''} />：${resolved.message}`);
      else if (citation.art !== undefined) {
        const changed = changedSinceEarlierVersion(versions, resolved.target.textSlug, citation.art);
        if (changed) warnings.push({ file: entry.file.path, line: citation.line, message: changed });
      }
    }
  }

  checkFigures(entries, index, invalidRegulations, report);

  const allowedComponents = new Set<string>(MDX_COMPONENT_NAMES);
  for (const entry of entries) {
    if (!entry.file.path.endsWith('.mdx')) continue;
    entry.parsed.body.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
        if (!allowedComponents.has(m[1]!)) {
          report(entry.file, entry.parsed.bodyLine + i, `不认识的组件 <${m[1]}>：可用的有 ${[...allowedComponents].join('、')}`);
        }
      }
    });
  }

  for (const entry of entries) {
    // Full texts are the text itself; an invalid regulation's kind is unknown, so it is skipped too.
    const isFullText = entry.file.collection === 'regulations' && entry.data?.kind !== '导读';
    if (entry.file.path.endsWith('.mdx') && !isFullText) {
      for (const bare of findBareArticleNumbers(entry.parsed.body, entry.parsed.bodyLine)) {
        report(entry.file, bare.line, `手写的条号“${bare.text}”：请改用 <Cite reg="…" art={N} />，以便检查条号并生成链接`);
      }
    }
    if (entry.file.collection === 'glossary' && typeof entry.data?.definition === 'string') {
      for (const bare of findBareArticleNumbers(entry.data.definition)) {
        report(entry.file, entry.parsed.lineOf(['definition']), `术语定义中不要写条号“${bare.text}”（YAML 中无法引用）：写法规名称和章即可`);
      }
    }
  }

  const known = {
    regulations: new Set(entries.filter((e) => e.file.collection === 'regulations').map((e) => e.slug)),
    guides: new Set(entries.filter((e) => e.file.collection === 'guides').map((e) => e.slug)),
    glossary: new Set(entries.filter((e) => e.file.collection === 'glossary').map((e) => e.slug)),
  };
  for (const entry of entries) {
    if (!entry.file.path.endsWith('.mdx')) continue;
    for (const tag of findTags(entry.parsed.body, 'Term', entry.parsed.bodyLine)) {
      const id = tag.attrs.get('id');
      if (typeof id !== 'string' || !known.glossary.has(id)) {
        report(entry.file, tag.line, typeof id === 'string' ? `<Term id="${id}"> 找不到这个术语（content/glossary/ 下没有 ${id}.yaml）` : `<Term> 缺少 id="术语文件名"：${tag.raw}`);
      }
    }
  }
  for (const entry of entries) {
    if (!entry.data) continue;
    for (const key of ['regulations', 'guides'] as const) {
      const list = entry.data[key];
      if (!Array.isArray(list)) continue;
      list.forEach((slug: string, i) => {
        if (!known[key].has(slug)) {
          const where = key === 'regulations' ? 'content/regulations/' : 'content/guides/';
          report(entry.file, entry.parsed.lineOf([key, i]), `${key} 中的“${slug}”不存在（${where}下没有这个文件）`);
        }
      });
    }
  }

  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
  return { problems: problems.sort(byPlace), warnings: warnings.sort(byPlace), index };
}

/** For each imported text with earlier versions: its text and its latest earlier version's. */
type VersionPairs = Map<string, { current: RegulationData; earlier: RegulationData; earlierSlug: string }>;

/** versionOf must name a current imported text; returns each current text with its latest earlier version. */
function checkVersions(entries: CheckedEntry[], report: (file: ContentFile, line: number, message: string) => void): VersionPairs {
  const regulations = new Map(entries.filter((e) => e.file.collection === 'regulations' && e.data).map((e) => [e.slug, e]));
  const pairs: VersionPairs = new Map();
  for (const entry of regulations.values()) {
    const data = entry.data as RegulationData;
    if (!data.versionOf) continue;
    const current = regulations.get(data.versionOf);
    const currentData = current?.data as RegulationData | undefined;
    if (!current || !currentData) {
      report(entry.file, entry.parsed.lineOf(['versionOf']), `versionOf 指向的法规“${data.versionOf}”不存在`);
    } else if (!currentData.text || currentData.versionOf || !data.text) {
      report(entry.file, entry.parsed.lineOf(['versionOf']), `versionOf 应当指向导入的全文的现行版本，“${data.versionOf}”不是`);
    } else {
      const known = pairs.get(data.versionOf);
      if (!known || known.earlier.issued < data.issued) pairs.set(data.versionOf, { current: currentData, earlier: data, earlierSlug: entry.slug });
    }
  }
  return pairs;
}

/** A warning when the cited article of a text with an earlier version reads differently there. */
function changedSinceEarlierVersion(versions: VersionPairs, slug: string, art: number): string | null {
  const pair = versions.get(slug);
  if (!pair) return null;
  const now = articlesByNumber(pair.current.text!).get(art);
  const before = articlesByNumber(pair.earlier.text!).get(art);
  if (now && before && normalizeForCompare(articlePlainText(now)) === normalizeForCompare(articlePlainText(before))) return null;
  return `提示：所引《${pair.current.title}》${numberedLabel(art, '条')}与 ${pair.earlier.issued} 版${before ? '的同号条文不同' : '相比是新增的条号'}，请核对引用是否仍然准确（修订对照见 /regulations/${slug}/changes/）`;
}

function buildIndex(entries: CheckedEntry[], report: (file: ContentFile, line: number, message: string) => void): RegulationIndex {
  const index = new Map<string, RegulationTarget>();
  for (const entry of entries) {
    if (entry.file.collection !== 'regulations' || !entry.data) continue;
    const data = entry.data as RegulationData;
    const isJson = entry.file.path.endsWith('.json');
    if (isJson && (data.kind !== '全文' || !data.text)) {
      report(entry.file, entry.parsed.lineOf(['kind']), '导入的全文（.json）应当是 kind: 全文，并带有 text（条文）');
      continue;
    }
    if (!isJson && data.text) {
      report(entry.file, entry.parsed.lineOf(['text']), 'text 只用于导入的全文（.json）：MDX 页面的正文写在 frontmatter 之后');
      continue;
    }
    const outline = outlineOfRegulation(data, entry.parsed.body, entry.parsed.bodyLine);
    const chapters = new Set(outline.chapters.map((c) => c.n));
    if (data.text) {
      checkFullText(data.text).forEach((p) => report(entry.file, entry.parsed.lineOf(p.path), p.message));
    } else if (data.kind === '全文') {
      outline.problems.forEach((p) => report(entry.file, p.line, p.message));
      if (outline.articles.length === 0) report(entry.file, entry.parsed.bodyLine, '全文中没有找到任何条文：每条应另起一段，以“第X条”加空格开头');
    } else {
      outline.problems.filter((p) => p.level !== 'article').forEach((p) => report(entry.file, p.line, p.message));
      data.articles.forEach((a, i) => {
        if (a.chapter !== undefined && !chapters.has(a.chapter)) {
          report(entry.file, entry.parsed.lineOf(['articles', i, 'chapter']), `articles 中第 ${a.n} 条所在的第 ${a.chapter} 章在正文中不存在（正文应有“## 第X章”标题）`);
        }
      });
    }
    index.set(entry.slug, regulationTarget(entry.slug, data, outline));
    if (data.studyGuide) {
      const guide = entries.find((e) => e.file.collection === 'regulations' && e.slug === data.studyGuide);
      if (!guide) report(entry.file, entry.parsed.lineOf(['studyGuide']), `studyGuide 指向的导读“${data.studyGuide}”不存在`);
      else if (guide.data?.kind !== '导读') report(entry.file, entry.parsed.lineOf(['studyGuide']), `studyGuide 应当指向导读，“${data.studyGuide}”不是导读`);
    }
  }
  const guideOf = (slug: string) => (entries.find((e) => e.file.collection === 'regulations' && e.slug === slug)?.data as RegulationData | null)?.studyGuide;
  return linkFullTexts(index, guideOf);
}

/** Turns a schema issue into a sentence; our schemas word most messages, zod's defaults are translated. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `未知字段：${issue.keys.join('、')}（字段名拼写有误？可用字段见 docs/content-format.md）`;
  }
  const where = issue.path.length > 0 ? issue.path.join('.') : '';
  if (/^Invalid input|^Invalid option|^Too (small|big)|^Expected/.test(issue.message)) {
    return `${where ? `${where}：` : ''}格式不对（${issue.message}）`;
  }
  return issue.message;
}

/** One line per problem: `content/x.mdx:12: message`. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}

/** Figures rows: unique ids, resolvable citations; <Figures> tags: existing ids or regulations. */
function checkFigures(
  entries: CheckedEntry[],
  index: RegulationIndex,
  invalidRegulations: ReadonlySet<string>,
  report: (file: ContentFile, line: number, message: string) => void,
) {
  const ids = new Map<string, string>();
  const regsWithFigures = new Set<string>();
  for (const entry of entries) {
    if (entry.file.collection !== 'figures' || !entry.data) continue;
    (entry.data as FiguresFileData).figures.forEach((figure, i) => {
      const line = entry.parsed.lineOf(['figures', i, 'id']);
      const seen = ids.get(figure.id);
      if (seen) report(entry.file, line, `数字编号“${figure.id}”重复（已在 ${seen} 中使用）`);
      ids.set(figure.id, entry.file.path);
      regsWithFigures.add(figure.reg);
      if (invalidRegulations.has(figure.reg)) return;
      const resolved = resolveCitation(index, { reg: figure.reg, art: figure.art, ch: figure.ch });
      if (!resolved.ok) report(entry.file, entry.parsed.lineOf(['figures', i, figure.art ? 'art' : figure.ch ? 'ch' : 'reg']), `数字“${figure.topic}”的出处无效：${resolved.message}`);
    });
  }
  for (const entry of entries) {
    if (!entry.file.path.endsWith('.mdx')) continue;
    for (const tag of findTags(entry.parsed.body, 'Figures', entry.parsed.bodyLine)) {
      const reg = tag.attrs.get('reg');
      const list = tag.attrs.get('ids');
      if (typeof reg === 'string') {
        if (!regsWithFigures.has(reg)) report(entry.file, tag.line, `<Figures reg="${reg}"> 没有任何数字引用这部法规（content/figures/ 中没有 reg: ${reg} 的行）`);
      } else if (typeof list === 'string') {
        const wanted = [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
        if (wanted.length === 0) report(entry.file, tag.line, `<Figures ids={…}> 应当列出数字编号，例如 ids={["gongshi-qi"]}：${tag.raw}`);
        for (const id of wanted) if (!ids.has(id)) report(entry.file, tag.line, `<Figures> 中的数字编号“${id}”不存在（content/figures/ 中没有这一行）`);
      } else {
        report(entry.file, tag.line, `<Figures> 需要 reg="法规文件名" 或 ids={["编号"]}：${tag.raw}`);
      }
    }
  }
}
