// Citations of regulations: reading <Cite …/> tags out of MDX source, and resolving a citation
// against the index of regulations to its label and link (or to a message saying what is wrong).
import { jsxTags, type MdxTree } from './content/mdx';
import { articlePath, entryPath } from './routes';
import { CHINESE_NUMERAL_CHARS, numberedLabel, parseChineseNumeral } from './chinese-numerals';

/** What the site knows about one regulation, enough to resolve citations to it. */
export interface RegulationTarget {
  slug: string;
  title: string;
  shortTitle: string;
  kind: '导读' | '全文';
  chapters: ReadonlySet<number>;
  articles: ReadonlySet<number>;
  /** Slug of the page holding the article and chapter anchors: the regulation itself, or its
   *  imported full text when a study guide has one. */
  textSlug: string;
}

export type RegulationIndex = ReadonlyMap<string, RegulationTarget>;

/** A citation as written in MDX: <Cite reg="slug" art={26} /> or ch={3}. */
export interface CitationRef {
  reg: string;
  art?: number;
  ch?: number;
  /** Show the full title instead of the short one. */
  full?: boolean;
}

export interface CitationInSource extends CitationRef {
  /** File line of the tag. */
  line: number;
}

export interface ExtractedCitations {
  citations: CitationInSource[];
  problems: Array<{ line: number; message: string }>;
}

/**
 * Reads every <Cite …/> tag of a parsed MDX body (never inside code). `firstLine` is the file line of
 * the body's first line. Attribute values may be written art={26}, art="26" or art="第二十六条";
 * anything else is reported as a problem.
 */
export function extractCitations(tree: MdxTree, firstLine = 1): ExtractedCitations {
  const citations: CitationInSource[] = [];
  const problems: ExtractedCitations['problems'] = [];
  for (const { attributes, line, raw } of jsxTags(tree, firstLine, 'Cite')) {
    const reg = attributes.get('reg');
    if (typeof reg !== 'string' || reg.trim() === '') {
      problems.push({ line, message: `<Cite> 缺少 reg="法规文件名"：${raw}` });
      continue;
    }
    const citation: CitationInSource = { reg: reg.trim(), line };
    let ok = true;
    for (const key of ['art', 'ch'] as const) {
      const value = attributes.get(key);
      if (value === undefined) continue;
      const n = typeof value === 'string' || typeof value === 'number' ? readCitationNumber(value, key === 'art' ? '条' : '章') : null;
      if (n === null) {
        problems.push({ line, message: `<Cite> 的 ${key} 应当是正整数，例如 ${key}={26}：${raw}` });
        ok = false;
      } else {
        citation[key] = n;
      }
    }
    if (citation.art !== undefined && citation.ch !== undefined) {
      problems.push({ line, message: `<Cite> 只能指向一条或一章，不能同时写 art 和 ch：${raw}` });
      ok = false;
    }
    for (const key of attributes.keys()) {
      if (!['reg', 'art', 'ch', 'full'].includes(key)) {
        problems.push({ line, message: `<Cite> 不认识属性 ${key}（可用：reg、art、ch、full）：${raw}` });
        ok = false;
      }
    }
    if (attributes.has('full')) citation.full = true;
    if (ok) citations.push(citation);
  }
  return { citations, problems };
}

/** Reads an art/ch value: 26, "26" or "第二十六条" (with the matching unit); null otherwise. */
export function readCitationNumber(raw: string | number, unit: '条' | '章'): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? raw : null;
  const s = raw.trim();
  if (/^[1-9][0-9]*$/.test(s)) return Number(s);
  const label = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}]+)${unit}$`).exec(s);
  if (!label) return null;
  return parseChineseNumeral(label[1]!);
}

export type ResolvedCitation =
  | { ok: true; href: string; label: string; fullLabel: string; target: RegulationTarget }
  | { ok: false; message: string };

/**
 * Resolves a citation to its text and link. `base` is the site's base path ending in '/'.
 * label: 《简称》第二十六条 (or 《全称》… with full); fullLabel is always the form drafters paste
 * into documents: 《全称》第二十六条.
 */
export function resolveCitation(index: RegulationIndex, ref: CitationRef, base = '/'): ResolvedCitation {
  const target = index.get(ref.reg);
  if (!target) {
    return { ok: false, message: `找不到法规“${ref.reg}”（content/regulations/ 下没有 ${ref.reg}.mdx）` };
  }
  let part = '';
  let href = entryPath(base, 'regulations', target.slug);
  if (ref.art !== undefined) {
    if (!target.articles.has(ref.art)) {
      return {
        ok: false,
        message:
          target.kind === '全文'
            ? `《${target.title}》没有${numberedLabel(ref.art, '条')}`
            : `《${target.title}》的导读没有列出${numberedLabel(ref.art, '条')}：只能引用 frontmatter 的 articles 中已核实的条号（或导入这部法规的全文）`,
      };
    }
    part = numberedLabel(ref.art, '条');
    href = articlePath(base, target.textSlug, { art: ref.art });
  } else if (ref.ch !== undefined) {
    if (!target.chapters.has(ref.ch)) {
      return { ok: false, message: `《${target.title}》没有${numberedLabel(ref.ch, '章')}` };
    }
    part = numberedLabel(ref.ch, '章');
    href = articlePath(base, target.textSlug, { ch: ref.ch });
  }
  const name = ref.full ? target.title : target.shortTitle;
  return {
    ok: true,
    href,
    label: `《${name}》${part}`,
    fullLabel: `《${target.title}》${part}`,
    target,
  };
}
