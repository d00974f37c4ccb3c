// The citation checker: every reference to a regulation in a draft — 《全称》, 《简称》, a common name
// without 书名号, with or without 第N条/款/项/章 (Chinese or Arabic numerals, 之一) — and what is wrong
// with it, plus the wrong claims the site warns about. Pure: text in, findings (with positions) out.
import { parseChineseNumeral, toChineseNumeral } from '../chinese-numerals';
import type { CheckKnowledge, KnownRegulation } from './knowledge';

export const MAX_DRAFT_CHARS = 50_000;

export type FindingKind =
  | 'resolved' // known regulation, verified article or chapter (or just the title)
  | 'unknown-title' // 《…》 the site does not know
  | 'beyond-range' // article number past the end of the text
  | 'unverified' // article or chapter number the site has not verified
  | 'old-number' // an older version's article number
  | 'superseded' // an older version or an old title
  | 'repealed' // a text no longer in force
  | 'nonstandard' // right reference, wrong form: 简称 on first use, Arabic numerals, no 书名号
  | 'wrong-claim'; // a claim the site's 易错点 warn about

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** The text of the draft the finding is about. */
  text: string;
  message: string;
  /** The form to copy into the draft. */
  canonical?: string;
  /** Page within the site (regulations/x/index.html#art-8). */
  href?: string;
  /** Closest known titles, for an unknown one. */
  suggestions?: string[];
}

const NUM = '[零〇一二三四五六七八九十百千两0-9０-９]+';
const ARTICLE = new RegExp(`^\\s*(?:（(\\d{4})年[^）]{0,6}）)?\\s*第(${NUM})条(?:之(${NUM}))?(?:第(${NUM})款)?(?:第(${NUM})项)?`, 'u');
const CHAPTER = new RegExp(`^\\s*(?:（(\\d{4})年[^）]{0,6}）)?\\s*第(${NUM})章`, 'u');
const VERSION_BEFORE = /(\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:版|修订的|修订|修正的|修正|印发的|公布的|的)?\s*$/u;
/** A year in brackets right after the title: 《…》（2014年版）. */
const VERSION_AFTER = /^（(\d{4})年[^）]{0,6}）/u;
/** Further articles after the first: 第八条、第十条 / 第八条和第十条 / 第八条至第十条. */
const MORE_ARTICLES = new RegExp(`^([、，,和及与至到])第(${NUM})条`, 'u');
/** Aliases that name a document (not a practice like 请示报告制度) may be found without 书名号. */
const DOCUMENT_NAME = /(条例|规定|办法|细则|规则|守则|法|章程|意见|通知|决定|准则)$/u;

function readNumber(raw: string): number | null {
  const ascii = raw.normalize('NFKC');
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(raw);
}

const isArabic = (raw: string) => /[0-9０-９]/.test(raw);

/** Character bigrams, for “did you mean” on unknown titles. */
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

interface NameHit {
  reg: KnownRegulation;
  /** Full title, short title or alias. */
  form: 'full' | 'short' | 'old';
  oldYear?: string;
}

function nameIndex(knowledge: CheckKnowledge): Map<string, NameHit> {
  const names = new Map<string, NameHit>();
  for (const reg of knowledge.regulations) {
    for (const o of reg.older) if (o.title !== reg.title && !names.has(o.title)) names.set(o.title, { reg, form: 'old', oldYear: o.year });
  }
  for (const reg of knowledge.regulations) {
    for (const a of reg.aliases) names.set(a, { reg, form: 'short' });
    names.set(reg.shortTitle, { reg, form: reg.shortTitle === reg.title ? 'full' : 'short' });
    names.set(reg.title, { reg, form: 'full' });
  }
  return names;
}

/** Every match of a global pattern (String#matchAll needs Chrome 73; the site supports 69). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** What the site knows about article `n` of a regulation: verified, an old number, past the end, or unverified. */
function articleStatus(reg: KnownRegulation, n: number | null, label: string, knowledge: CheckKnowledge): { kind: FindingKind; message: string; href: string } {
  const old = n === null ? undefined : knowledge.oldNumbers.find((o) => o.reg === reg.slug && o.art === n);
  if (n !== null && reg.articles.includes(n)) {
    return { kind: 'resolved', message: reg.singleSource.includes(n) ? '已核实（单一来源，引用前请以正式文本为准）。' : '已核实。', href: `${reg.page}#art-${n}` };
  }
  if (old) return { kind: 'old-number', message: `第${label}条是${old.version}的条号（当时是“${old.topic}”）；现行${reg.year}年版的条号可能不同，本站未核实，请按现行文本核对。`, href: reg.page };
  if (n !== null && reg.maxArticle !== undefined && n > reg.maxArticle) return { kind: 'beyond-range', message: `《${reg.shortTitle}》只有${toChineseNumeral(reg.maxArticle)}条，没有第${label}条。`, href: reg.page };
  return { kind: 'unverified', message: `本站没有核实《${reg.shortTitle}》第${label}条；引用前请以正式文本为准。`, href: reg.page };
}

export function checkDraft(draft: string, knowledge: CheckKnowledge): Finding[] {
  const text = draft.slice(0, MAX_DRAFT_CHARS);
  const names = nameIndex(knowledge);
  const findings: Finding[] = [];
  const firstUse = new Set<string>();

  const titles = knowledge.regulations.flatMap((r) => [r.title, r.shortTitle]);
  const add = (f: Omit<Finding, 'text'>) => findings.push({ ...f, text: text.slice(f.start, f.end) });

  /** A reference found at [start, end) naming `name`; `bracketed` when written in 书名号. */
  const reference = (start: number, end: number, name: string, bracketed: boolean) => {
    const hit = names.get(name);
    if (!hit) {
      const suggestions = titles
        .map((t) => ({ t, s: similarity(name, t) }))
        .filter((x) => x.s >= 0.45)
        .sort((a, b) => b.s - a.s)
        .slice(0, 3)
        .map((x) => `《${x.t}》`);
      add({
        kind: 'unknown-title',
        start,
        end,
        message: suggestions.length ? `本站没有收录《${name}》。是不是：${suggestions.join('、')}？` : `本站没有收录《${name}》，无法核对；请按正式文本核对名称和条号。`,
        suggestions,
      });
      return;
    }
    const reg = hit.reg;
    const before = VERSION_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const after = text.slice(end, end + 40);
    const article = ARTICLE.exec(after);
    const chapter = article ? null : CHAPTER.exec(after);
    const yearAfter = article || chapter ? undefined : VERSION_AFTER.exec(after);
    const refEnd = end + (article ? article[0].length : chapter ? chapter[0].length : yearAfter ? yearAfter[0].length : 0);
    const versionYear = before?.[1] ?? article?.[1] ?? chapter?.[1] ?? yearAfter?.[1] ?? hit.oldYear;
    const refStart = before ? start - before[0].length : start;
    const span = { start: refStart, end: refEnd };

    if (reg.status === '已废止') return add({ ...span, kind: 'repealed', message: `《${reg.title}》已废止，不应再作为依据引用。`, href: reg.page });
    if (hit.form === 'old' || (versionYear && versionYear !== reg.year && reg.older.some((o) => o.year === versionYear))) {
      return add({
        ...span,
        kind: 'superseded',
        message: `引用的是${versionYear}年的版本${hit.form === 'old' ? `（旧名称《${name}》）` : ''}；现行为${reg.year}年的《${reg.title}》，条号和内容可能已经变化，请按现行文本核对。`,
        canonical: `《${reg.title}》`,
        href: reg.page,
      });
    }

    const first = !firstUse.has(reg.slug);
    firstUse.add(reg.slug);
    const problems: string[] = [];
    let canonicalTail = '';
    let href = reg.page;
    let kind: FindingKind = 'resolved';
    let message = '';

    if (article) {
      const n = readNumber(article[2]!);
      const label = n === null ? article[2]! : toChineseNumeral(n);
      canonicalTail = `第${label}条${article[3] ? `之${toChineseNumeral(readNumber(article[3]) ?? 0)}` : ''}${article[4] ? `第${toChineseNumeral(readNumber(article[4]) ?? 0)}款` : ''}${article[5] ? `第${toChineseNumeral(readNumber(article[5]) ?? 0)}项` : ''}`;
      if ([article[2], article[3], article[4], article[5]].some((r) => r && isArabic(r))) problems.push('条款项序号用汉字数字');
      ({ kind, message, href } = articleStatus(reg, n, label, knowledge));
    } else if (chapter) {
      const n = readNumber(chapter[2]!);
      const label = n === null ? chapter[2]! : toChineseNumeral(n);
      canonicalTail = `第${label}章`;
      if (isArabic(chapter[2]!)) problems.push('章序号用汉字数字');
      if (n !== null && reg.chapters.includes(n)) {
        href = `${reg.page}#ch-${n}`;
        message = '已核实。';
      } else {
        kind = 'unverified';
        message = `本站没有核实《${reg.shortTitle}》的第${label}章；引用前请以正式文本为准。`;
      }
    } else {
      message = '名称无误。';
    }

    if (!bracketed) problems.push('法规名称加书名号');
    if (first && hit.form === 'short') problems.push('第一次引用写全称，并注明“以下简称”');
    const canonical = first && hit.form === 'short' ? `《${reg.title}》${canonicalTail}（以下简称《${reg.shortTitle}》）` : `《${hit.form === 'full' ? reg.title : reg.shortTitle}》${canonicalTail}`;
    if (kind === 'resolved' && problems.length) {
      kind = 'nonstandard';
      message = `写法不规范：${problems.join('；')}。`;
    } else if (problems.length) {
      message += `另外，${problems.join('；')}。`;
    }
    add({ ...span, kind, message, canonical: problems.length ? canonical : undefined, href });

    // 第八条、第十条 / 第八条至第十条: each further article is checked on its own.
    for (let at = refEnd, more = article ? MORE_ARTICLES.exec(text.slice(at, at + 20)) : null; more; more = MORE_ARTICLES.exec(text.slice(at, at + 20))) {
      const n = readNumber(more[2]!);
      const label = n === null ? more[2]! : toChineseNumeral(n);
      const status = articleStatus(reg, n, label, knowledge);
      const startOf = at + more[1]!.length;
      add({ start: startOf, end: at + more[0].length, ...status, ...(isArabic(more[2]!) && status.kind === 'resolved' ? { kind: 'nonstandard' as const, message: '写法不规范：条号用汉字数字。', canonical: `第${label}条` } : {}) });
      at += more[0].length;
    }
  };

  // References in the order they appear (so the first use of a regulation is the first in the text):
  // 《…》 spans, then common names written without 书名号 outside them (four characters or more, so
  // ordinary words do not match).
  const refs: Array<{ start: number; end: number; name: string; bracketed: boolean }> = [];
  for (const m of allMatches(/《([^《》\n]{1,60})》/gu, text)) refs.push({ start: m.index!, end: m.index! + m[0].length, name: m[1]!.trim(), bracketed: true });
  const inBrackets = (s: number, e: number) => refs.some((r) => s < r.end && e > r.start);
  const bare = [...names.keys()].filter((n) => n.length >= 4 && DOCUMENT_NAME.test(n)).sort((a, b) => b.length - a.length);
  const taken: Array<{ start: number; end: number; name: string; bracketed: boolean }> = [];
  for (const name of bare) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      if (inBrackets(i, end) || taken.some((t) => i < t.end && end > t.start)) continue;
      taken.push({ start: i, end, name, bracketed: false });
    }
  }
  for (const r of [...refs, ...taken].sort((a, b) => a.start - b.start)) reference(r.start, r.end, r.name, r.bracketed);

  // Wrong claims, one sentence at a time (short inputs keep every pattern fast).
  const patterns = knowledge.wrongClaims.map((w) => ({ w, re: new RegExp(w.pattern, 'u') }));
  let sentenceStart = 0;
  for (const m of allMatches(/[^。！？；\n]*[。！？；\n]?/gu, text)) {
    const sentence = m[0];
    if (!sentence) continue;
    sentenceStart = m.index!;
    for (const { w, re } of patterns) {
      const hit = re.exec(sentence);
      if (hit) add({ kind: 'wrong-claim', start: sentenceStart + hit.index, end: sentenceStart + hit.index + hit[0].length, message: `${w.message}（依据：${w.cite}）`, href: w.page });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
