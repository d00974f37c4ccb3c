// "您要找的是不是": the names and headings closest to a query that found nothing. Closeness is an
// edit distance on characters (insert, delete, replace, swap two neighbours) in which replacing a
// character by one that reads the same (间/肩, both jian) costs little: the commonest typing slip
// with a pinyin input method. Readings come from the build (pinyin-pro), grouped by reading.
import { normalizeForSearch } from './search-tokens';
import type { VocabularyEntry } from './search-vocabulary';

export interface SuggestData {
  entries: VocabularyEntry[];
  /** Reading (pinyin without tones) → the characters that have it. */
  readings: Record<string, string>;
}

/** Cost of replacing a character by a homophone; any other edit costs 1. */
const HOMOPHONE_COST = 0.3;
/** Kinds listed first when two suggestions are equally close. */
const KIND_ORDER = ['术语', '法规', '指南', '范本', '小节'];

/** Only the characters that take part in search: Han, digits, Latin. */
function letters(text: string): string[] {
  return [...normalizeForSearch(text)].filter((c) => /[\p{Script=Han}0-9a-z]/u.test(c));
}

/** Character → its readings, from the build's reading → characters table. */
export function readingsByChar(readings: Record<string, string>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const reading of Object.keys(readings)) {
    for (const char of readings[reading]!) {
      const set = map.get(char) ?? new Set<string>();
      set.add(reading);
      map.set(char, set);
    }
  }
  return map;
}

function homophones(a: string, b: string, byChar: Map<string, Set<string>>): boolean {
  const ra = byChar.get(a);
  const rb = byChar.get(b);
  if (!ra || !rb) return false;
  for (const r of ra) if (rb.has(r)) return true;
  return false;
}

/** Edit distance with cheap homophone replacement and neighbour swaps (optimal string alignment). */
export function editDistance(a: string[], b: string[], byChar: Map<string, Set<string>>): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const replace = a[i - 1] === b[j - 1] ? 0 : homophones(a[i - 1]!, b[j - 1]!, byChar) ? HOMOPHONE_COST : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** How far a query of this length may be from a suggestion: one slip in a short word, more in long ones. */
function allowance(length: number): number {
  if (length <= 2) return HOMOPHONE_COST;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/**
 * The entries closest to the query, at most `limit`, closest first. An entry equal to the query is
 * left out (search would have found it); nothing is suggested for a query of one character.
 */
export function suggest(query: string, data: SuggestData, limit = 5, byChar = readingsByChar(data.readings)): VocabularyEntry[] {
  const q = letters(query).slice(0, 30);
  if (q.length < 2) return [];
  const max = allowance(q.length);
  const scored: Array<{ entry: VocabularyEntry; distance: number }> = [];
  for (const entry of data.entries) {
    const t = letters(entry.text);
    if (Math.abs(t.length - q.length) > Math.ceil(max)) continue;
    const distance = editDistance(q, t, byChar);
    if (distance > 0 && distance <= max) scored.push({ entry, distance });
  }
  const kindRank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  scored.sort((x, y) => x.distance - y.distance || kindRank(x.entry.kind) - kindRank(y.entry.kind) || x.entry.text.length - y.entry.text.length);
  const seen = new Set<string>();
  const out: VocabularyEntry[] = [];
  for (const { entry } of scored) {
    if (seen.has(entry.text)) continue;
    seen.add(entry.text);
    out.push(entry);
    if (out.length === limit) break;
  }
  return out;
}
