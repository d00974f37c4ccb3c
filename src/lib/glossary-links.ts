// Finding glossary terms in running text: the first place each term (or one of its aliases) occurs,
// longest name first, so 党费计算基数 wins over 党费 where both could match.

export interface LinkableTerm {
  id: string;
  /** The term and its aliases. */
  names: string[];
}

export interface TermMatch {
  id: string;
  index: number;
  length: number;
}

/** Names shorter than this are too likely to occur by accident inside other words. */
const MIN_NAME_LENGTH = 2;

export function termFinder(terms: readonly LinkableTerm[]) {
  const names = terms
    .flatMap((t) => t.names.filter((n) => n.length >= MIN_NAME_LENGTH).map((name) => ({ id: t.id, name })))
    .sort((a, b) => b.name.length - a.name.length);
  /** The earliest match in `text` of a term not in `skip` (longest name wins at the same place). */
  return (text: string, skip: ReadonlySet<string>): TermMatch | null => {
    let best: TermMatch | null = null;
    for (const { id, name } of names) {
      if (skip.has(id)) continue;
      const index = text.indexOf(name);
      if (index === -1) continue;
      if (!best || index < best.index || (index === best.index && name.length > best.length)) best = { id, index, length: name.length };
    }
    return best;
  };
}
