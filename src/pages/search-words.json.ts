// /search-words.json: the names search treats as one — a regulation's 全称, 简称, aliases and the
// titles of its other versions; a glossary term and its aliases — and every such name, read with
// the first search so a query in one form finds pages written with another, and whole terms (党组)
// are told from parts of longer ones (党组 in 村党组织) (src/lib/search-vocabulary.ts).
import { siteContent } from '../data/content';
import { regulationNamesOf, synonymGroups, type SearchWords } from '../lib/search-vocabulary';

export async function GET() {
  const { regulations, terms } = await siteContent();
  const regulationLists = regulations.map((r) => regulationNamesOf(r.data));
  const termLists = terms.map((t) => [t.data.term, ...t.data.aliases]);
  const groups = synonymGroups([...regulationLists, ...termLists]);
  // Names already in a group are not listed again (the browser joins both lists).
  const grouped = new Set(groups.flat());
  const names = [...new Set([...regulationLists, ...termLists].flat())].filter((n) => !grouped.has(n));
  const words: SearchWords = { synonyms: groups, names, regulationNames: [...new Set(regulationLists.flat())] };
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
}
