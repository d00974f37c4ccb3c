// /search-words.json: the names search treats as one — a regulation's 全称, 简称, aliases and the
// titles of its other versions; a glossary term and its aliases — and every such name, read with the first search so a
// query in one form finds pages written with another (src/lib/search-vocabulary.ts).
import { siteContent } from '../data/content';
import { synonymGroups, type SearchWords } from '../lib/search-vocabulary';

export async function GET() {
  const { regulations, terms } = await siteContent();
  const groups = synonymGroups([
    ...regulations.map((r) => [r.data.shortTitle ?? r.data.title, r.data.title, ...r.data.aliases]),
    ...terms.map((t) => [t.data.term, ...t.data.aliases]),
  ]);
  // Every name, also those without another form: they tell whole-term matches (党组) from parts of
  // longer names (党组 in 村党组织).
  // Names already in a group are not listed again (the browser joins both lists).
  const grouped = new Set(groups.flat());
  const regulationNames = [...new Set(regulations.flatMap((r) => [r.data.title, r.data.shortTitle ?? r.data.title, ...r.data.aliases]))];
  const names = [...new Set([...regulationNames, ...terms.flatMap((t) => [t.data.term, ...t.data.aliases])])].filter((n) => !grouped.has(n));
  const words: SearchWords = { synonyms: groups, names, regulationNames };
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
}
