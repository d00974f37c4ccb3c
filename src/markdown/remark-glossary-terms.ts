// Remark plugin: the first time a page's running text uses a glossary term (or an alias), it becomes
// a <Term> — a link to the glossary entry whose definition opens on hover, focus and tap. Headings,
// links, code, components and terms the author already marked are left alone. A page opts out with
// `autoTerms: false` in its frontmatter; a term with `autoLink: false` in its glossary file.
import type { Root, RootContent, Text } from 'mdast';
import { termFinder, type LinkableTerm } from '../lib/glossary-links';

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

type Parent = { type: string; children: RootContent[] };
const SKIP = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxTextExpression', 'mdxFlowExpression', 'html', 'definition']);

function termElement(id: string, text: string): RootContent {
  return {
    type: 'mdxJsxTextElement',
    name: 'Term',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [{ type: 'text', value: text }],
  } as unknown as RootContent;
}

/** Ids of the terms the author already wrote as <Term id="…">. */
function markedTerms(node: RootContent | Root, into: Set<string>) {
  const n = node as { type: string; name?: string; attributes?: Array<{ name?: string; value?: unknown }>; children?: RootContent[] };
  if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
    const id = n.name === 'Term' ? n.attributes?.find((a) => a.name === 'id')?.value : undefined;
    if (typeof id === 'string') into.add(id);
  }
  for (const child of n.children ?? []) markedTerms(child, into);
}

export default function remarkGlossaryTerms(options: { terms: () => LinkableTerm[] }) {
  let find: ReturnType<typeof termFinder> | undefined;
  return (tree: Root, file: VFileLike) => {
    if (file.data.astro?.frontmatter?.autoTerms === false) return;
    find ??= termFinder(options.terms());
    const seen = new Set<string>();
    markedTerms(tree, seen);
    const visit = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (SKIP.has(node.type)) continue;
        if (node.type === 'text') {
          const match = find!((node as Text).value, seen);
          if (!match) continue;
          seen.add(match.id);
          const value = (node as Text).value;
          const parts: RootContent[] = [];
          if (match.index > 0) parts.push({ type: 'text', value: value.slice(0, match.index) });
          parts.push(termElement(match.id, value.slice(match.index, match.index + match.length)));
          const rest = value.slice(match.index + match.length);
          if (rest) parts.push({ type: 'text', value: rest });
          parent.children.splice(i, 1, ...parts);
          i += parts.length - 2; // continue with the rest of the text
          continue;
        }
        if ('children' in node) visit(node as unknown as Parent);
      }
    };
    visit(tree as unknown as Parent);
  };
}
