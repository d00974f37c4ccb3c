// Rehype plugin: the checkboxes of a GFM checklist (- [ ] …) are named by their item's text, so a
// screen reader announces what each box is for instead of an unlabelled “checkbox”.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function text(nodes: ElementContent[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.value : n.type === 'element' && n.tagName !== 'ul' && n.tagName !== 'ol' ? text(n.children) : ''))
    .join('');
}

export default function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (li: Element) => {
      const classes = li.properties?.className;
      if (li.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item')) return;
      const box = [li, ...li.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p')]
        .flatMap((el) => el.children)
        .find((c): c is Element => c.type === 'element' && c.tagName === 'input' && c.properties?.type === 'checkbox');
      if (!box) return;
      const label = text(li.children).replace(/\s+/g, ' ').trim().slice(0, 120);
      if (label) box.properties = { ...box.properties, ariaLabel: label };
    });
  };
}
