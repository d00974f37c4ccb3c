// The words search knows by name, built from the content at build time: groups of names for the
// same thing (a regulation's 全称, 简称 and old names; a glossary term and its aliases) so a query in
// one form also finds the others, and the list of names and headings "您要找的是不是" suggests
// from when a query finds nothing. Pure: the endpoints in src/pages feed it the content.
import { normalizeForSearch } from './search-tokens';

/** Forms that name the same thing; the first is the name shown. */
export type SynonymGroup = string[];

/** /search-words.json: read with the first search. */
export interface SearchWords {
  synonyms: SynonymGroup[];
  /** The regulation names and glossary terms not in any group (every name: these and the groups'). */
  names: string[];
  /** Which of all those names are regulations' (全称, 简称, aliases). */
  regulationNames: string[];
}

/** Every name the site knows: the groups' forms and the names on their own. */
export function allNames(words: SearchWords): string[] {
  return [...words.synonyms.flat(), ...words.names];
}

/**
 * The glossary's terms and aliases: the longer words a query may sit inside (党组 in 党组织). Not
 * regulation names — a page citing 《党组工作条例》 is about 党组.
 */
export function termNames(words: SearchWords): string[] {
  const regulations = new Set(words.regulationNames ?? []);
  return allNames(words).filter((n) => !regulations.has(n));
}

export interface VocabularyEntry {
  /** The name as written. */
  text: string;
  /** Path within the site (regulations/x/index.html#…), resolved by the browser. */
  url: string;
  /** What it is: 法规, 术语, 指南, 范本 or 小节 (a heading). */
  kind: string;
}

const MIN_CHARS = 2;

/** The names a regulation goes by: 简称 (or 全称), 全称, aliases. */
export function regulationNamesOf(data: { title: string; shortTitle?: string; aliases: string[] }): string[] {
  return [data.shortTitle ?? data.title, data.title, ...data.aliases];
}
const WORD_CHAR = /[\p{Script=Han}0-9a-z]/u;

function usable(form: string): boolean {
  return [...form.replace(/[^\p{Script=Han}0-9a-zA-Z]/gu, '')].length >= MIN_CHARS;
}

/**
 * Merges lists of names into synonym groups: lists sharing a form become one group (two versions
 * of a regulation share their 简称). Forms of fewer than two word characters are left out.
 */
export function synonymGroups(lists: string[][]): SynonymGroup[] {
  const groups: Array<Set<string>> = [];
  for (const list of lists) {
    const forms = [...new Set(list.map((f) => f.trim()).filter(usable))];
    if (forms.length < 2) continue;
    const keys = new Set(forms.map(normalizeForSearch));
    const joined = groups.filter((g) => [...g].some((f) => keys.has(normalizeForSearch(f))));
    const merged = new Set<string>(forms);
    for (const g of joined) {
      for (const f of g) merged.add(f);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.map((g) => [...g]);
}

/**
 * The other forms to search for a typed word: those of its group that do not contain the word
 * (a page with 罢免村委会成员 already contains 罢免). Compared normalized.
 */
export function alternativesOf(word: string, groups: SynonymGroup[]): string[] {
  const typed = normalizeForSearch(word);
  const group = groups.find((g) => g.some((f) => normalizeForSearch(f) === typed));
  if (!group) return [];
  return group.filter((f) => !normalizeForSearch(f).includes(typed));
}

/** Vocabulary entries, one per distinct text (the first URL given wins: list the best first). */
export function dedupeVocabulary(entries: VocabularyEntry[]): VocabularyEntry[] {
  const seen = new Set<string>();
  const out: VocabularyEntry[] = [];
  for (const e of entries) {
    const key = normalizeForSearch(e.text.trim());
    if (!usable(key) || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...e, text: e.text.trim() });
  }
  return out;
}

/**
 * The characters that, next to a word, make it part of a longer known name: for 党组 and the
 * names 村党组织 and 分党组, 织 after it and 分 or 村 before it. A match of 党组 in 党组织 is still
 * a match (search stays exact) but ranks below pages using 党组 itself.
 */
export function compoundEdges(word: string, names: string[]): { before: string; after: string } {
  const typed = normalizeForSearch(word);
  const before = new Set<string>();
  const after = new Set<string>();
  for (const name of names) {
    const chars = [...normalizeForSearch(name)];
    const text = chars.join('');
    if (text === typed) continue;
    const length = [...typed].length;
    for (let i = 0; i + length <= chars.length; i++) {
      if (chars.slice(i, i + length).join('') !== typed) continue;
      // Only a word character continues a word: 党委（党组） uses 党组 itself.
      if (i > 0 && WORD_CHAR.test(chars[i - 1]!)) before.add(chars[i - 1]!);
      if (i + length < chars.length && WORD_CHAR.test(chars[i + length]!)) after.add(chars[i + length]!);
    }
  }
  return { before: [...before].join(''), after: [...after].join('') };
}
