// Rule: every column of a table has a heading, so a screen reader can say which column a cell is in
// (an empty top-left cell reads as an unnamed column).
import type { Table } from 'mdast';
import type { MdxTree } from '../mdx';
import type { Problem } from '../entries';
import { at, type Rule } from './types';

function tables(tree: MdxTree): Table[] {
  const found: Table[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'table') found.push(node as unknown as Table);
    else for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child);
  };
  walk(tree as unknown as { type: string; children?: unknown[] });
  return found;
}

export const tableRules: Rule = (model) => {
  const problems: Problem[] = [];
  for (const e of model.entries) {
    if (!e.mdx) continue;
    for (const table of tables(e.mdx)) {
      const head = table.children[0];
      if (!head) continue;
      head.children.forEach((cell, i) => {
        if (cell.children.length === 0) problems.push(at(e, e.source.bodyLine - 1 + (head.position?.start.line ?? 1), `表格第 ${i + 1} 列没有表头：给每一列写上表头（如“事项”“比较项”）`));
      });
    }
  }
  return problems;
};
