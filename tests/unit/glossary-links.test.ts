// Automatic glossary links: which occurrence becomes a <Term>, and where none may.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { termFinder } from '../../src/lib/glossary-links';
import remarkGlossaryTerms from '../../src/markdown/remark-glossary-terms';
import { parseMdx } from '../../src/lib/content/mdx';

const TERMS = [
  { id: 'dang-fei', names: ['党费'] },
  { id: 'dang-fei-ji-shu', names: ['党费计算基数', '计算基数'] },
  { id: 'shi-yong-qi', names: ['试用期', '任职试用期'] },
  { id: 'a', names: ['甲'] },
];

/** The body after the plugin, with each <Term> shown as [id:text]. */
function linked(body: string, frontmatter: Record<string, unknown> = {}): string {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(parsed.message);
  remarkGlossaryTerms({ terms: () => TERMS })(parsed.tree as Root, { data: { astro: { frontmatter } } });
  const out: string[] = [];
  const walk = (n: { type: string; value?: string; name?: string; attributes?: Array<{ value: unknown }>; children?: unknown[] }) => {
    if (n.type === 'mdxJsxTextElement' && n.name === 'Term') {
      out.push(`[${String(n.attributes![0]!.value)}:${(n.children![0] as { value: string }).value}]`);
      return;
    }
    if (n.type === 'text' || n.type === 'inlineCode') out.push(n.value!);
    for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
    if (n.type === 'paragraph' || n.type === 'heading') out.push('|');
  };
  walk(parsed.tree as unknown as Parameters<typeof walk>[0]);
  return out.join('');
}

describe('termFinder', () => {
  it('finds the earliest term, the longest name at the same place, and skips names of one character', () => {
    const find = termFinder(TERMS);
    expect(find('核定党费计算基数后交党费', new Set())).toEqual({ id: 'dang-fei-ji-shu', index: 2, length: 6 });
    expect(find('核定党费计算基数后交党费', new Set(['dang-fei-ji-shu']))).toEqual({ id: 'dang-fei', index: 2, length: 2 });
    expect(find('甲乙丙', new Set())).toBeNull();
  });
});

describe('remarkGlossaryTerms', () => {
  it('links the first use of each term once per page, in paragraphs and table cells', () => {
    expect(linked('试用期一年，试用期满考核。\n\n党费按月交，党费计算基数年初核定。')).toBe('[shi-yong-qi:试用期]一年，试用期满考核。|[dang-fei:党费]按月交，[dang-fei-ji-shu:党费计算基数]年初核定。|');
    expect(linked('| 事项 | 说明 |\n|---|---|\n| 试用期 | 一年 |')).toContain('[shi-yong-qi:试用期]');
  });

  it('leaves headings, links, code, components and terms the author marked alone', () => {
    const out = linked('## 试用期\n\n[试用期](/x/) `试用期` <Cite reg="x">试用期</Cite> <Term id="shi-yong-qi">任职试用期</Term>，后文的试用期不再链接。');
    expect(out).not.toMatch(/\[shi-yong-qi:试用期\]/);
    expect(linked('试用期', { autoTerms: false })).toBe('试用期|');
  });
});
