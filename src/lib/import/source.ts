// What a supplied file is turned into before its structure is read: a list of source items (a line of
// text, or a table from a .docx), each with its position in the file. Also the .txt decoder.

/** One line of text, or one table (only .docx files have tables). */
export type SourceItem = { line: number; text: string } | { line: number; table: string[][] };

/** How positions are counted: lines of a .txt, paragraphs of a .docx. */
export type PositionUnit = '行' | '段';

export interface SourceText {
  items: SourceItem[];
  unit: PositionUnit;
  /** How the bytes were read. */
  format: 'docx' | 'utf-8' | 'gb18030';
  /** Things the reader could not keep (images, footnotes, text boxes), one sentence each. */
  warnings: string[];
}

/** A file that cannot be read as a regulation: the message is one Chinese sentence, shown as is. */
export class SourceError extends Error {}

export type TextEncoding = 'utf-8' | 'gb18030';

/**
 * Decodes a .txt file: UTF-8 when the bytes are valid UTF-8, otherwise GB18030 (a superset of GBK,
 * the usual encoding of Chinese government files), unless the encoding is given.
 */
function decodeText(bytes: Uint8Array, encoding?: TextEncoding): { text: string; encoding: TextEncoding } {
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Lines of a text as source items (line numbers from 1; a leading BOM dropped). */
export function textToItems(text: string): SourceItem[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ line: i + 1, text: line }));
}

/** Reads a .txt file's bytes into source items. */
export function readTextFile(bytes: Uint8Array, encoding?: TextEncoding): SourceText {
  const decoded = decodeText(bytes, encoding);
  return { items: textToItems(decoded.text), unit: '行', format: decoded.encoding, warnings: [] };
}
