// Remark plugin: root-relative links written in content ([考察](/guides/kaocha/)) get the
// deployment base path, so a site served from /zgzsk/ keeps working links.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normalizeBase } from '../lib/routes';

export default function remarkBaseLinks(options: { base?: string } = {}) {
  const base = normalizeBase(options.base ?? '/');
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as { url: string };
      if (link.url.startsWith('/') && !link.url.startsWith('//') && !link.url.startsWith(base)) {
        link.url = base + link.url.slice(1);
      }
    });
  };
}
