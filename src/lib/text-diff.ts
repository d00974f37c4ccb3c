// Compares two versions of a full text article by article: which articles were added, removed,
// changed (with the changed characters) or only renumbered. Texts are compared after normalising
// width, punctuation forms and spaces, so a re-typed comma is not a change.
import { diffArrays, diffChars } from 'diff';
import { articlePlainText, walkText, type TextArticle, type TextNode } from './full-text';

/** Full-width forms for the ASCII punctuation that NFKC produces, so both versions read alike. */
const PUNCTUATION: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？', '"': '“', "'": '‘' };

/** NFKC (full-width letters and digits to ASCII), Chinese punctuation, quotes unified, no spaces. */
export function normalizeForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟"「」『』]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/(?<![0-9])\.(?![0-9])/g, '。')
    .replace(/[,;:()!?"']/g, (c) => PUNCTUATION[c]!)
    .replace(/[\s\u3000]+/g, '');
}

export interface DiffPart {
  text: string;
  added?: boolean;
  removed?: boolean;
}

export type ArticleChange =
  | { kind: 'unchanged'; old: number; new: number }
  | { kind: 'changed'; old: number; new: number; parts: DiffPart[] }
  | { kind: 'added'; new: number; text: string }
  | { kind: 'removed'; old: number; text: string };

interface Item {
  n: number;
  text: string;
}

function articleItems(nodes: readonly TextNode[]): Item[] {
  return [...walkText(nodes)]
    .filter((w): w is { node: TextArticle; path: Array<string | number> } => w.node.type === 'article')
    .map(({ node }) => ({ n: node.n, text: normalizeForCompare(articlePlainText(node)) }));
}

/** Dice coefficient over character pairs: 1 for equal texts, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const pairs = (s: string) => {
    const chars = [...s];
    const map = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) map.set(chars[i]! + chars[i + 1]!, (map.get(chars[i]! + chars[i + 1]!) ?? 0) + 1);
    return map;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [k, n] of pa) {
    shared += Math.min(n, pb.get(k) ?? 0);
    total += n;
  }
  for (const n of pb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Articles whose texts are at least this similar count as the same article, changed. */
const SAME_ARTICLE = 0.5;

/** Article-level comparison of an older and a newer text, in the newer text's order. */
export function compareTexts(older: readonly TextNode[], newer: readonly TextNode[]): ArticleChange[] {
  const a = articleItems(older);
  const b = articleItems(newer);
  const changes: ArticleChange[] = [];
  let i = 0;
  let j = 0;
  let removed: Item[] = [];
  let added: Item[] = [];
  const flush = () => {
    // Pair removed and added articles in order where they are similar enough to be one article.
    let k = 0;
    for (const r of removed) {
      let best = -1;
      let bestScore = SAME_ARTICLE;
      for (let m = k; m < added.length; m++) {
        const score = similarity(r.text, added[m]!.text);
        if (score >= bestScore) [best, bestScore] = [m, score];
      }
      if (best === -1) {
        changes.push({ kind: 'removed', old: r.n, text: r.text });
        continue;
      }
      for (; k < best; k++) changes.push({ kind: 'added', new: added[k]!.n, text: added[k]!.text });
      const partner = added[best]!;
      changes.push({ kind: 'changed', old: r.n, new: partner.n, parts: diffChars(r.text, partner.text).map(({ value, added: plus, removed: minus }) => ({ text: value, ...(plus ? { added: true } : {}), ...(minus ? { removed: true } : {}) })) });
      k = best + 1;
    }
    for (; k < added.length; k++) changes.push({ kind: 'added', new: added[k]!.n, text: added[k]!.text });
    removed = [];
    added = [];
  };
  for (const part of diffArrays(a.map((x) => x.text), b.map((x) => x.text))) {
    const count = part.value.length;
    if (part.removed) {
      removed.push(...a.slice(i, i + count));
      i += count;
    } else if (part.added) {
      added.push(...b.slice(j, j + count));
      j += count;
    } else {
      flush();
      for (let k = 0; k < count; k++) changes.push({ kind: 'unchanged', old: a[i + k]!.n, new: b[j + k]!.n });
      i += count;
      j += count;
    }
  }
  flush();
  return changes;
}
