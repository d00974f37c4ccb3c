// /regulations/<slug>.docx: a 范本 the site wrote, as a Word document (src/data/word-documents.ts).
// Official texts have none: they come from the deploying department, not from this site.
import type { APIRoute } from 'astro';
import { buildInfo } from 'virtual:zgzsk/build-info';
import { wordDocument, wordEntries } from '../../data/word-documents';

export async function getStaticPaths() {
  return (await wordEntries('regulations')).map(({ slug }) => ({ params: { slug } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await wordDocument('regulations', params.slug!, buildInfo));
