// What the import tool prints about a parsed text: "4 章 10 条", and with `detailed` one line per
// 编/章/节/附件 with the number of articles in each chapter.
import { walkText, type TextNode } from '../full-text';

export function outlineSummary(text: readonly TextNode[], detailed = false): string {
  const nodes = [...walkText(text)].map((w) => w.node);
  if (!detailed) {
    const chapters = nodes.filter((n) => n.type === 'chapter').length;
    const articles = nodes.filter((n) => n.type === 'article').length;
    return `${chapters} 章 ${articles} 条`;
  }
  const lines: string[] = [];
  for (const node of text) describe(node, lines);
  return lines.join('\n');
}

function describe(node: TextNode, lines: string[]) {
  switch (node.type) {
    case 'part':
      lines.push(`第${node.n}编 ${node.title}`);
      node.children.forEach((c) => describe(c, lines));
      break;
    case 'chapter': {
      const count = [...walkText(node.children)].filter((w) => w.node.type === 'article').length;
      lines.push(`  第${node.n}章 ${node.title}（${count} 条）`);
      node.children.forEach((c) => describe(c, lines));
      break;
    }
    case 'section':
      lines.push(`    第${node.n}节 ${node.title}`);
      break;
    case 'attachments':
      lines.push(`  附件清单（${node.items.length} 项）`);
      break;
    case 'appendix':
      lines.push(`  ${node.label}${node.title ? ` ${node.title}` : ''}`);
      break;
    default:
      break;
  }
}
