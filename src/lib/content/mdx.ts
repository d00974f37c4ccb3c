// MDX bodies parsed once, as a tree with positions (remark-parse + remark-mdx + remark-gfm +
// remark-cjk-friendly, the parse
// Astro's MDX pipeline makes), and the things the content check and the site read from it: component
// tags with their attribute values, prose text, expressions and ESM. Code and inline code are never
// read as tags or prose. Lines are file lines: `firstLine` is the file line of the body's first line.
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type MdxTree = Root;

export type ParsedMdx = { ok: true; tree: MdxTree } | { ok: false; line: number; message: string };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCjkFriendly);

export function parseMdx(body: string, firstLine = 1): ParsedMdx {
  try {
    return { ok: true, tree: parser.parse(body) };
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    return { ok: false, line: firstLine - 1 + (e.line ?? 1), message: `MDX 写法有误：${e.reason ?? e.message ?? String(error)}` };
  }
}

/** A literal attribute value; `unreadable` holds an expression that is not a number, string or list of strings. */
export type AttributeValue = string | number | true | string[] | { unreadable: string };

export interface JsxTag {
  name: string;
  attributes: Map<string, AttributeValue>;
  line: number;
  /** The tag as written, for messages: <Cite reg="x" art={26} /> */
  raw: string;
}

type Node = Root | RootContent;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Visits every node, never descending into code (nor into links, when `skipLinks`). */
function walk(node: Node, visit: (node: Node) => void, skipLinks = false) {
  visit(node);
  if (node.type === 'code' || node.type === 'inlineCode' || (skipLinks && node.type === 'link')) return;
  if ('children' in node) for (const child of node.children as Node[]) walk(child, visit, skipLinks);
}

interface Estree {
  body: Array<{ type: string; expression?: EstreeExpression }>;
}
type EstreeExpression = { type: 'Literal'; value: unknown } | { type: 'ArrayExpression'; elements: Array<EstreeExpression | null> } | { type: string };

function literal(expression: EstreeExpression | undefined): AttributeValue | undefined {
  if (!expression) return undefined;
  if (expression.type === 'Literal') {
    const value = (expression as { value: unknown }).value;
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  }
  if (expression.type === 'ArrayExpression') {
    const items = (expression as { elements: Array<EstreeExpression | null> }).elements.map((e) => literal(e ?? undefined));
    return items.every((i): i is string => typeof i === 'string') ? items : undefined;
  }
  return undefined;
}

function attributeValue(attribute: MdxJsxAttribute): AttributeValue {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const estree = value.data?.estree as Estree | undefined;
  const statement = estree?.body.length === 1 ? estree.body[0] : undefined;
  return literal(statement?.type === 'ExpressionStatement' ? statement.expression : undefined) ?? { unreadable: value.value };
}

function rawAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value}}`;
  const value = attribute.value;
  if (value === null || value === undefined) return attribute.name;
  return typeof value === 'string' ? `${attribute.name}="${value}"` : `${attribute.name}={${value.value}}`;
}

/** The attributes of one component tag, by name (`{…}` for a spread expression). */
export function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Map<string, AttributeValue> {
  const attributes = new Map<string, AttributeValue>();
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute') attributes.set(a.name, attributeValue(a));
    else attributes.set('{…}', { unreadable: a.value });
  }
  return attributes;
}

/** Every component tag (capitalised name) in the body, or only those named `name`. */
export function jsxTags(tree: MdxTree, firstLine = 1, name?: string): JsxTag[] {
  const tags: JsxTag[] = [];
  walk(tree, (node) => {
    if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name) || (name && node.name !== name)) return;
    tags.push({
      name: node.name,
      attributes: attributesOf(node),
      line: firstLine - 1 + (node.position?.start.line ?? 1),
      raw: `<${node.name}${node.attributes.map((a) => ` ${rawAttribute(a)}`).join('')} />`,
    });
  });
  return tags;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** A block of the body with the component tags and the {/* comments *\/} that belong to it. */
export interface Block {
  tags: JsxTag[];
  comments: string[];
  /** The block's prose, for rules that look for words. */
  text: string;
  /** File line where the block starts. */
  line: number;
}

function commentsIn(node: Node): string[] {
  const found: string[] = [];
  walk(node, (n) => {
    if ((n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value)) found.push(n.value);
  });
  return found;
}

/**
 * The body cut into blocks: each paragraph, heading and table cell (`cells`), or each whole table
 * (`tables`); a tag on a line of its own is a block by itself. A comment standing on its own right
 * after a block belongs to it (authors note the fact ids of a table or paragraph below it).
 */
export function bodyBlocks(tree: MdxTree, firstLine = 1, tablesAs: 'cells' | 'tables' = 'cells'): Block[] {
  const blocks: Block[] = [];
  const isBlock = (node: Node) =>
    BLOCKS.has(node.type) || (node.type === 'mdxJsxFlowElement' && /^[A-Z]/.test(node.name ?? '')) || (tablesAs === 'tables' && node.type === 'table');
  const visit = (node: Node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || !('children' in node)) return;
    const children = node.children as Node[];
    children.forEach((child, i) => {
      if (!isBlock(child)) return visit(child);
      const block: Block = {
        tags: jsxTags(child as unknown as MdxTree, firstLine),
        comments: commentsIn(child),
        text: proseText(child as unknown as MdxTree).map((t) => t.text).join(''),
        line: firstLine - 1 + (child.position?.start.line ?? 1),
      };
      for (let j = i + 1; j < children.length && children[j]!.type === 'mdxFlowExpression'; j++) block.comments.push(...commentsIn(children[j]!));
      blocks.push(block);
    });
  };
  visit(tree);
  return blocks;
}

/** Component tags grouped by paragraph, heading or table cell (see bodyBlocks). */
export function tagBlocks(tree: MdxTree, firstLine = 1): JsxTag[][] {
  return bodyBlocks(tree, firstLine).map((b) => b.tags).filter((tags) => tags.length > 0);
}

/** Prose: every text node outside code (and outside links, with `skipLinks`), with its file line. */
export function proseText(tree: MdxTree, firstLine = 1, skipLinks = false): Array<{ text: string; line: number }> {
  const texts: Array<{ text: string; line: number }> = [];
  walk(tree, (node) => {
    if (node.type === 'text') texts.push({ text: node.value, line: firstLine - 1 + (node.position?.start.line ?? 1) });
  }, skipLinks);
  return texts;
}

/** {…} in the body: comments ({/* 1-70 *\/}) and anything else, with lines. */
export function expressions(tree: MdxTree, firstLine = 1): Array<{ value: string; line: number; comment: boolean }> {
  const found: Array<{ value: string; line: number; comment: boolean }> = [];
  walk(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    found.push({ value: node.value, line: firstLine - 1 + (node.position?.start.line ?? 1), comment: /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value) });
  });
  return found;
}

/** import/export statements in the body. */
export function esmStatements(tree: MdxTree, firstLine = 1): Array<{ value: string; line: number }> {
  return tree.children
    .filter((node) => node.type === 'mdxjsEsm')
    .map((node) => ({ value: (node as { value: string }).value, line: firstLine - 1 + (node.position?.start.line ?? 1) }));
}
