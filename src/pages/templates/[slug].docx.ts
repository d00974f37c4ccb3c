// /templates/<slug>.docx: the template as a Word document (src/data/word-documents.ts).
import type { APIRoute } from 'astro';
import { buildInfo } from 'virtual:zgzsk/build-info';
import { wordDocument, wordEntries } from '../../data/word-documents';

export async function getStaticPaths() {
  return (await wordEntries('templates')).map(({ slug }) => ({ params: { slug } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await wordDocument('templates', params.slug!, buildInfo));
