// Splits a content source file into its data (YAML frontmatter, or a whole YAML file) and body,
// keeping enough position information to report errors as file:line.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export interface SourceFile {
  /** Path as shown in messages, relative to the repository (content/guides/x.mdx). */
  path: string;
  text: string;
}

export interface ParsedSource {
  /** The parsed YAML data (an object), or null when the YAML is unreadable. */
  data: Record<string, unknown> | null;
  /** Body text after the frontmatter ('' for YAML files). */
  body: string;
  /** File line number of the body's first line. */
  bodyLine: number;
  /** File line of a data path such as ['history', 2, 'date']; falls back to the nearest parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  /** YAML syntax problems, with their lines. */
  errors: Array<{ line: number; message: string }>;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Reads `.mdx`/`.md` (frontmatter between --- lines), `.yaml` and `.json` files. YAML is read with
 * the YAML 1.2 core schema, so `2019-13-01` stays the string the author wrote instead of being
 * silently turned into a different date.
 */
export function parseSource(file: SourceFile): ParsedSource {
  if (/\.json$/i.test(file.path)) return parseJson(file);
  const isYaml = /\.ya?ml$/i.test(file.path);
  let yamlText: string;
  let yamlFirstLine: number;
  let body: string;
  let bodyLine: number;

  if (isYaml) {
    yamlText = file.text;
    yamlFirstLine = 1;
    body = '';
    bodyLine = 1;
  } else {
    const m = FRONTMATTER.exec(file.text);
    if (!m) {
      return {
        data: null,
        body: file.text,
        bodyLine: 1,
        lineOf: () => 1,
        errors: [{ line: 1, message: '缺少 frontmatter：文件应以 --- 开头，写明标题等字段，再以 --- 结束' }],
      };
    }
    yamlText = m[1]!;
    yamlFirstLine = 2;
    body = file.text.slice(m[0].length);
    bodyLine = 1 + countLines(m[0]);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({
    line: yamlFirstLine - 1 + lineCounter.linePos(e.pos[0]).line,
    message: `YAML 写法有误：${e.message.split('\n')[0]}`,
  }));
  const js = errors.length === 0 ? doc.toJS() : null;
  const data = js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : null;
  if (errors.length === 0 && data === null) {
    errors.push({ line: yamlFirstLine, message: '数据应当是“字段: 值”的形式' });
  }

  return {
    data,
    body,
    bodyLine,
    lineOf: (path) => yamlFirstLine - 1 + lineOfPath(doc, lineCounter, path),
    errors,
  };
}

/**
 * JSON (imported full texts) is read with JSON.parse, the parser the site uses; line numbers for
 * messages come from a second, positional parse that runs only when a message needs one.
 */
function parseJson(file: SourceFile): ParsedSource {
  const body = '';
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? countLines(file.text.slice(0, Number(position[1]))) + 1 : 1;
    return { data: null, body, bodyLine: 1, lineOf: () => line, errors: [{ line, message: `JSON 写法有误：${message.replace(/ in JSON at position.*$/, '')}` }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { data: null, body, bodyLine: 1, lineOf: () => 1, errors: [{ line: 1, message: '数据应当是 { "字段": 值 } 的形式' }] };
  }
  let positional: { doc: Document; counter: LineCounter } | undefined;
  return {
    data: data as Record<string, unknown>,
    body,
    bodyLine: 1,
    lineOf: (path) => {
      if (!positional) {
        const counter = new LineCounter();
        positional = { doc: parseDocument(file.text, { lineCounter: counter }), counter };
      }
      return lineOfPath(positional.doc, positional.counter, path);
    },
    errors: [],
  };
}

function lineOfPath(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    // A missing key: point at its parent's key instead.
  }
  return 1;
}

function countLines(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}
