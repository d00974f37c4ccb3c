// /search-suggest.json: what "您要找的是不是" suggests from — glossary terms and aliases, regulation
// names, page titles and section headings — with the readings (pinyin without tones, pinyin-pro) of
// every character the site's content uses, so a homophone slip (一间挑) finds 一肩挑. Read only
// when a search finds nothing or only part of the query (src/lib/suggest.ts).
import { pinyin } from 'pinyin-pro';
import { renderBody, siteContent } from '../data/content';
import { dedupeVocabulary, regulationNamesOf, type VocabularyEntry } from '../lib/search-vocabulary';
import { entryPath, pageFile, termId } from '../lib/routes';

const HAN = /\p{Script=Han}/u;

function readingTable(chars: Set<string>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const char of [...chars].sort()) {
    for (const reading of pinyin(char, { toneType: 'none', multiple: true, type: 'array' })) {
      if (/^[a-zü]+$/.test(reading)) table[reading] = (table[reading] ?? '') + char;
    }
  }
  return table;
}

export async function GET() {
  const { regulations, guides, templates, terms, sourceTexts } = await siteContent();
  const glossary = pageFile('/glossary/');
  const entries: VocabularyEntry[] = [];
  for (const t of terms) for (const text of [t.data.term, ...t.data.aliases]) entries.push({ text, url: `${glossary}#${termId(t.id)}`, kind: '术语' });
  for (const r of regulations) {
    const url = pageFile(entryPath('/', 'regulations', r.id));
    for (const text of regulationNamesOf(r.data)) entries.push({ text, url, kind: r.data.category === '范本' ? '范本' : '法规' });
  }
  for (const g of guides) entries.push({ text: g.data.title, url: pageFile(entryPath('/', 'guides', g.id)), kind: '指南' });
  for (const t of templates) entries.push({ text: t.data.title, url: pageFile(entryPath('/', 'templates', t.id)), kind: '范本' });
  const bodies = [
    ...guides.map((g) => ['guides', g.id] as const),
    ...templates.map((t) => ['templates', t.id] as const),
    ...regulations.filter((r) => !r.data.text).map((r) => ['regulations', r.id] as const),
  ];
  for (const [collection, id] of bodies) {
    const { headings } = await renderBody(collection, id);
    const url = pageFile(entryPath('/', collection, id));
    for (const h of headings) if (h.depth <= 3) entries.push({ text: h.text, url: `${url}#${h.slug}`, kind: '小节' });
  }
  const vocabulary = dedupeVocabulary(entries);
  // The characters queries about this site are made of: every one its content files use.
  const chars = new Set<string>();
  for (const text of [...sourceTexts, ...vocabulary.map((e) => e.text)]) for (const c of text) if (HAN.test(c)) chars.add(c);
  return new Response(JSON.stringify({ entries: vocabulary, readings: readingTable(chars) }), { headers: { 'Content-Type': 'application/json' } });
}
