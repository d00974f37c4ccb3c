// Prepares a built page for the search indexer (the published HTML is never changed):
// - what is not the page's own text (tools, related links: src/lib/indexed-region.ts) is dropped;
// - every block of text gets its pair tokens (src/lib/search-tokens.ts) appended, so exact Chinese
//   phrases can be found; heading tokens go right after the heading, weighted like the heading;
// - elements marked data-search-title (articles, verified-article entries, glossary terms) get a
//   heading carrying their id, because Pagefind makes deep-linked sub-results only from headings.
// One streaming pass (htmlparser2): the page is copied as written and only the insertions, the
// dropped elements and the marked elements' opening tags differ. A page of 10,000 articles would
// otherwise be parsed into a tree and written out again, the slowest part of building the index.
import { Parser } from 'htmlparser2';
import { indexTokens } from './search-tokens';
import { NOT_INDEXED_CLASSES } from './indexed-region';

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'blockquote', 'caption', 'figcaption', 'pre', 'summary', 'div', 'section', 'header', 'article', 'aside', 'nav', 'ol', 'ul', 'dl', 'table', 'tbody', 'thead', 'tr', 'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
/** Elements whose text is never indexed (and whose blocks get no tokens). */
const SKIP = new Set(['script', 'style', 'template', 'button', 'svg', 'noscript']);
const CELLS = new Set(['td', 'th']);
/** The heading given to a marked element (its id moves there). */
const SECTION_HEADING = 'h4';
const NOT_INDEXED = new Set<string>(NOT_INDEXED_CLASSES);

type Attributes = Record<string, string>;

interface Open {
  tag: string;
  /** Inside an element whose text is not indexed (this one included). */
  ignored: boolean;
  /** A block that collects its own inline text and gets tokens after it. */
  block: boolean;
  text: string;
  weight?: number;
  /** Output slot for the tokens, set when the first nested block starts (tokens go before it). */
  slot?: number;
  /** A table row: its cells' text, and the slot at the end of its last cell. */
  cells?: string[];
  lastCellSlot?: number;
  /** This element or an ancestor carries data-search-title. */
  inTitled: boolean;
  /** For a marked element: the section to resume after it (the id of the heading before it). */
  resume?: string | null;
}

function tokenSpan(tokens: string, weight?: number): string {
  return `<span${weight ? ` data-pagefind-weight="${weight}"` : ''}> ${tokens} </span>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function openTag(tag: string, attributes: Attributes): string {
  const list = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${list.join('')}>`;
}

function isDropped(attributes: Attributes): boolean {
  return (attributes.class ?? '').split(/\s+/).some((c) => NOT_INDEXED.has(c));
}

/**
 * Returns the HTML to hand to Pagefind for one built page, or null when the page has no indexed
 * region (data-pagefind-body).
 */
export function prepareForIndex(html: string): string | null {
  const out: string[] = [];
  /** Input copied to `out` up to here. */
  let copied = 0;
  /** Open elements inside the indexed region, the region's own element first. */
  const stack: Open[] = [];
  let foundBody = false;
  /** Inside a dropped element: how many of its elements (itself included) are open. */
  let skipping = 0;
  /** The id of the last heading seen outside marked elements: the section text belongs to. */
  let currentSection: string | null = null;
  /** After a marked element (its parent at stack depth `depth`): the slot for its resume heading, until
   * its next sibling shows whether it is needed (not when that sibling is marked too). */
  let pendingResume: { depth: number; slot: number; id: string } | null = null;

  /** Set once the whole input is read: elements still open end at its end. */
  let atEnd = false;
  const copyTo = (position: number) => {
    if (position > copied) out.push(html.slice(copied, position));
    copied = Math.max(copied, position);
  };
  const slot = () => out.push('') - 1;
  /** A nested block starts here: its parent's tokens go before it. */
  const blockStarts = () => {
    const parent = stack[stack.length - 1];
    if (parent?.block && parent.slot === undefined && !parent.cells) parent.slot = slot();
  };
  const settleResume = (nextIsMarked: boolean) => {
    if (!pendingResume) return;
    if (!nextIsMarked) out[pendingResume.slot] = `<${SECTION_HEADING} id="${escapeAttribute(pendingResume.id)}"></${SECTION_HEADING}>`;
    pendingResume = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        if (!foundBody) {
          if (!('data-pagefind-body' in attributes)) return;
          foundBody = true;
        } else if (stack.length === 0) {
          return; // after the indexed region
        }
        if (skipping > 0 || (stack.length > 0 && isDropped(attributes))) {
          if (skipping === 0) copyTo(start);
          skipping++;
          return;
        }
        const parent = stack[stack.length - 1];
        const marked = stack.length > 0 && 'data-search-title' in attributes && 'id' in attributes;
        if (pendingResume && stack.length === pendingResume.depth) {
          copyTo(start);
          settleResume(marked);
        }
        const ignored = (parent?.ignored ?? false) || SKIP.has(name) || 'hidden' in attributes;
        const block = BLOCKS.has(name) && !ignored;
        const inTitled = (parent?.inTitled ?? false) || 'data-search-title' in attributes;
        if (block) {
          copyTo(start);
          blockStarts();
        }
        if (name in HEADING_WEIGHT && attributes.id && !inTitled && stack.length > 0) currentSection = attributes.id;
        const open: Open = { tag: name, ignored, block, text: '', inTitled, weight: Number(attributes['data-search-weight']) || HEADING_WEIGHT[name] };
        if (name === 'tr' && block) open.cells = [];
        stack.push(open);
        if (!marked) return;
        // The marked element: its id moves to a heading inside it, which starts its section.
        const { id, ...rest } = attributes;
        const title = attributes['data-search-title']!;
        copyTo(start);
        out.push(openTag(name, rest));
        copied = parser.endIndex + 1;
        open.resume = currentSection;
        if (open.block && !open.cells) open.slot = slot();
        const headingTokens = ignored ? '' : indexTokens(title);
        out.push(`<${SECTION_HEADING} id="${escapeAttribute(id!)}">${escapeText(title)}</${SECTION_HEADING}>${headingTokens ? tokenSpan(headingTokens, HEADING_WEIGHT[SECTION_HEADING]) : ''}`);
      },
      ontext(text) {
        if (stack.length === 0 || skipping > 0) return;
        const top = stack[stack.length - 1]!;
        if (top.ignored) return;
        // Inline text belongs to the nearest enclosing block (none: the region's own inline text).
        for (let i = stack.length - 1; i >= 0; i--) {
          const el = stack[i]!;
          if (el.block) {
            el.text += text;
            return;
          }
        }
      },
      onclosetag(name, isImplied) {
        if (stack.length === 0) return;
        // An implied end (a void element, or an element the next tag closes) has no end tag of its
        // own: the element ends where the tag that closes it starts.
        const end = atEnd ? html.length : parser.startIndex;
        const after = isImplied ? end : parser.endIndex + 1;
        if (skipping > 0) {
          if (--skipping === 0) copied = Math.max(copied, after);
          return;
        }
        if (pendingResume && stack.length === pendingResume.depth) {
          copyTo(end);
          settleResume(false);
        }
        const el = stack.pop()!;
        const parent = stack[stack.length - 1];
        if (el.cells && el.block) {
          const tokens = indexTokens(el.cells.join(' ｜ '));
          if (tokens && el.lastCellSlot !== undefined) out[el.lastCellSlot] = tokenSpan(tokens, el.weight);
        } else if (el.block && CELLS.has(el.tag) && parent?.cells) {
          parent.cells.push(el.text);
          copyTo(end);
          parent.lastCellSlot = slot();
        } else if (el.block) {
          const tokens = indexTokens(el.text);
          if (el.tag in HEADING_WEIGHT) {
            copyTo(after);
            if (tokens) out.push(tokenSpan(tokens, el.weight));
          } else if (el.slot !== undefined) {
            if (tokens) out[el.slot] = tokenSpan(tokens, el.weight);
          } else if (tokens) {
            copyTo(end);
            out.push(tokenSpan(tokens, el.weight));
          }
        }
        if (el.resume) {
          copyTo(after);
          pendingResume = { depth: stack.length, slot: slot(), id: el.resume };
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  atEnd = true;
  parser.end();
  if (!foundBody) return null;
  copyTo(html.length);
  return out.join('');
}
