// Reads the text of a .docx without trusting it: the zip's central directory is checked (entry count,
// declared sizes, compression ratio) before anything is inflated, inflation stops at the declared size,
// the XML is parsed by a strict parser that never expands custom entities (a DOCTYPE is refused), and
// only paragraphs and tables of the main document are kept. Every failure is a one-line SourceError.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { SourceError, type SourceItem, type SourceText } from './source';

/** Limits for what a regulation's .docx may unpack to; real ones are far below them. */
export const DOCX_LIMITS = {
  /** Entries in the zip (a document with many images has a few hundred). */
  maxEntries: 2000,
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Uncompressed size of the main document XML. */
  maxDocumentBytes: 32 * 1024 * 1024,
  /** Uncompressed : compressed size of one entry, checked for entries above 1 MB. */
  maxRatio: 100,
};

const NOT_DOCX = '不是有效的 .docx 文件（无法按 zip 格式读取）。.doc、.wps 文件请用 Word 或 WPS 另存为 .docx 后再导入';

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(new SourceError(NOT_DOCX));
      else resolve(zip);
    });
  });
}

/** Reads the central directory only: every entry's name and declared sizes. */
function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new SourceError(NOT_DOCX)));
    zip.readEntry();
  });
}

/** Inflates one entry, refusing as soon as more than `limit` bytes come out. */
function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new SourceError(`.docx 文件已损坏：无法解压 ${entry.fileName}`));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.destroy();
          reject(new SourceError(`.docx 文件解压后过大（${entry.fileName} 超过 ${mb(limit)}），拒绝读取`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', () => reject(new SourceError(`.docx 文件已损坏：${entry.fileName} 解压出错`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** Checks the declared sizes before anything is inflated. */
function checkDirectory(entries: Entry[]) {
  if (entries.length > DOCX_LIMITS.maxEntries) {
    throw new SourceError(`.docx 文件包含 ${entries.length} 个部件，超过上限 ${DOCX_LIMITS.maxEntries}，不像正常的 Word 文档，拒绝读取`);
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > DOCX_LIMITS.maxTotalBytes) {
    throw new SourceError(`.docx 文件解压后共 ${mb(total)}，超过上限 ${mb(DOCX_LIMITS.maxTotalBytes)}，拒绝读取（可能是压缩炸弹）`);
  }
  for (const e of entries) {
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > DOCX_LIMITS.maxRatio * Math.max(e.compressedSize, 1)) {
      throw new SourceError(`.docx 文件中 ${e.fileName} 的压缩比异常（${Math.round(e.uncompressedSize / Math.max(e.compressedSize, 1))} 倍），拒绝读取（可能是压缩炸弹）`);
    }
  }
}

/** The main document part named by _rels/.rels (word/document.xml in files Word writes). */
async function mainDocumentName(zip: ZipFile, entries: Entry[]): Promise<string> {
  const rels = entries.find((e) => e.fileName === '_rels/.rels');
  if (rels) {
    const xml = decodeXml(await readEntry(zip, rels, 1024 * 1024));
    const target = /Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(xml);
    const name = (target?.[1] ?? target?.[2])?.replace(/^\//, '');
    if (name && entries.some((e) => e.fileName === name)) return name;
  }
  return 'word/document.xml';
}

function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export async function readDocx(bytes: Buffer): Promise<SourceText> {
  const zip = await openZip(bytes);
  try {
    const entries = await listEntries(zip);
    checkDirectory(entries);
    const name = await mainDocumentName(zip, entries);
    const entry = entries.find((e) => e.fileName === name);
    if (!entry) throw new SourceError('.docx 文件中没有正文（缺少 word/document.xml），可能不是 Word 文档');
    if (entry.uncompressedSize > DOCX_LIMITS.maxDocumentBytes) {
      throw new SourceError(`.docx 正文解压后 ${mb(entry.uncompressedSize)}，超过上限 ${mb(DOCX_LIMITS.maxDocumentBytes)}，拒绝读取`);
    }
    const xml = decodeXml(await readEntry(zip, entry, DOCX_LIMITS.maxDocumentBytes));
    return { ...documentItems(xml), unit: '段', format: 'docx' };
  } finally {
    zip.close();
  }
}

const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Content that is not visible text of the document: deleted revisions, field codes, fallbacks. */
const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'txbxContent', 'pPr', 'rPr', 'tblPr', 'sectPr']);

/**
 * Paragraphs (split at line breaks) and tables of a WordprocessingML document, in order. Items are
 * numbered by paragraph; a table counts as one. Text boxes, footnotes and images are reported.
 */
export function documentItems(xml: string): { items: SourceItem[]; warnings: string[] } {
  if (/<!DOCTYPE/i.test(xml)) throw new SourceError('.docx 正文含有 DOCTYPE 声明（Word 不会写入它），拒绝读取');
  const items: SourceItem[] = [];
  const warnings = new Set<string>();
  const parser = new SaxesParser({ xmlns: true });
  let paragraphs = 0;
  let skipDepth = 0;
  let inText = false;
  let paragraph: string | null = null;
  let tableDepth = 0;
  let rows: string[][] = [];
  let cell: string[] | null = null;
  let span = 1;

  const local = (tag: SaxesTagNS) => (W.has(tag.uri) ? tag.local : tag.uri === MC ? `mc:${tag.local}` : `other:${tag.local}`);
  parser.on('error', (error) => {
    throw new SourceError(`.docx 正文不是有效的 XML（${error.message.split('\n')[0]!.replace(/^.*?:\d+:\d+: /, '')}），文件可能已损坏`);
  });
  parser.on('opentag', (tag) => {
    const name = local(tag);
    if (skipDepth > 0 || SKIPPED.has(name) || name === 'mc:Fallback') {
      if (name === 'txbxContent' && skipDepth === 0) warnings.add('文中有文本框，其中的文字没有导入');
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    switch (name) {
      case 'p':
        paragraph = '';
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        if (paragraph !== null) paragraph += '\t';
        break;
      case 'br':
      case 'cr':
        if (paragraph !== null) paragraph += '\n';
        break;
      case 'noBreakHyphen':
        if (paragraph !== null) paragraph += '-';
        break;
      case 'sym': {
        const code = parseInt(String(tag.attributes[Object.keys(tag.attributes).find((k) => k.endsWith('char')) ?? '']?.value ?? ''), 16);
        if (paragraph !== null && Number.isFinite(code) && code > 0) paragraph += String.fromCharCode(code);
        warnings.add('文中有特殊符号（w:sym），请核对显示是否正确');
        break;
      }
      case 'footnoteReference':
      case 'endnoteReference':
        warnings.add('文中有脚注或尾注，注释内容没有导入');
        break;
      case 'drawing':
      case 'pict':
        warnings.add('文中有图片或图形，没有导入');
        break;
      case 'tbl':
        tableDepth++;
        if (tableDepth === 1) rows = [];
        break;
      case 'tr':
        if (tableDepth === 1) rows.push([]);
        break;
      case 'tc':
        if (tableDepth === 1) {
          cell = [];
          span = 1;
        }
        break;
      case 'gridSpan':
        if (tableDepth === 1) span = Math.min(64, Math.max(1, Number(Object.values(tag.attributes)[0]?.value) || 1));
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && skipDepth === 0 && paragraph !== null) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag);
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth--;
      return;
    }
    if (name === 't') inText = false;
    else if (name === 'p' && paragraph !== null) {
      const text = paragraph;
      paragraph = null;
      if (cell) {
        cell.push(text);
      } else {
        paragraphs++;
        for (const line of text.split('\n')) items.push({ line: paragraphs, text: line });
      }
    } else if (name === 'tc' && tableDepth === 1 && cell) {
      const row = rows[rows.length - 1];
      row?.push(cell.join('\n').trim(), ...Array.from({ length: span - 1 }, () => ''));
      cell = null;
    } else if (name === 'tbl') {
      tableDepth--;
      if (tableDepth === 0) {
        paragraphs++;
        const width = Math.max(0, ...rows.map((r) => r.length));
        if (width > 0) items.push({ line: paragraphs, table: rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]) });
      }
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError('.docx 正文无法读取，文件可能已损坏');
  }
  return { items, warnings: [...warnings] };
}
