// Finds component tags such as <Cite reg="x" art={26} /> or <Term id="y">…</Term> in MDX source,
// with their attributes and file lines, so the content check can validate them before a build.

export interface TagInSource {
  /** Attribute values: strings for "…", '…' and {…} values; true for bare attributes. */
  attrs: Map<string, string | true>;
  /** File line of the tag. */
  line: number;
  /** The opening tag as written, for messages. */
  raw: string;
}

const ATTRIBUTE = /([a-zA-Z]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*([^}]*?)\s*\}))?/g;

/** Every opening `<Name …>` / `<Name … />` tag; `firstLine` is the file line of the body's first line. */
export function findTags(body: string, name: string, firstLine = 1): TagInSource[] {
  const masked = maskFencedCode(body);
  const pattern = new RegExp(`<${name}\\b([^>]*?)\\/?>`, 'g');
  return [...masked.matchAll(pattern)].map((match) => {
    const attrs = new Map<string, string | true>();
    for (const a of (match[1] ?? '').matchAll(ATTRIBUTE)) attrs.set(a[1]!, a[2] ?? a[3] ?? a[4] ?? true);
    return { attrs, line: firstLine + countNewlines(masked.slice(0, match.index)), raw: match[0] };
  });
}

/** Replaces fenced code blocks with blanks of the same shape, so line numbers survive. */
function maskFencedCode(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
