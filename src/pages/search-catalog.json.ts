// /search-catalog.json: what the search needs to know about regulations to offer citation jumps
// and alias matches (titles, short names, aliases, anchored article numbers). URLs are paths within
// the site (regulations/x/index.html), resolved by the browser against the site root.
import { siteContent } from '../data/content';
import { entryPath, pageFile } from '../lib/routes';
import type { CatalogRegulation } from '../client/search/query';

export async function GET() {
  const { regulations, index } = await siteContent();
  const catalog: CatalogRegulation[] = regulations.map((r) => ({
    slug: r.id,
    title: r.data.title,
    shortTitle: r.data.shortTitle ?? r.data.title,
    aliases: r.data.aliases,
    status: r.data.status,
    category: r.data.category,
    url: pageFile(entryPath('/', 'regulations', r.id)),
    articles: [...(index.get(r.id)?.articles ?? [])].sort((a, b) => a - b),
  }));
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json' } });
}
