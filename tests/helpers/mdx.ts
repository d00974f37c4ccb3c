// Parses an MDX body the way the site does, for tests that start from text.
import { parseMdx, type MdxTree } from '../../src/lib/content/mdx';
import { outlineOfTree, type Outline } from '../../src/lib/outline';

export function mdxTree(body: string): MdxTree {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

/** The outline of an MDX body whose first line is file line `firstLine`. */
export function outlineOf(body: string, firstLine = 1): Outline {
  return outlineOfTree(mdxTree(body), firstLine);
}
