// Reads a regulation file a department supplies into text: .txt in UTF-8 or GB18030/GBK (detected,
// or --encoding), .docx through mammoth. Other formats get a message saying what works and how to
// convert. The source file is only ever read.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';

/** Regulation texts are small; anything near this is not a regulation (or not text). */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export class ImportError extends Error {}

const CONVERT_HINT =
  '目前支持 .docx 和 .txt（UTF-8 或 GBK/GB18030 编码）。.doc、.wps 文件请用 Word 或 WPS 打开后“另存为”.docx；' +
  'PDF 请复制文字保存为 .txt，或用 WPS 转换为 .docx 后核对条文。';

export type Encoding = 'utf-8' | 'gb18030';

export async function readSource(file: string, encoding?: Encoding): Promise<{ text: string; encoding: Encoding | 'docx' }> {
  if (!fs.existsSync(file)) throw new ImportError(`找不到文件：${file}`);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new ImportError(`不是文件：${file}`);
  if (stat.size === 0) throw new ImportError(`文件是空的：${file}`);
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new ImportError(`文件太大（${(stat.size / 1024 / 1024).toFixed(1)} MB）：一部法规的文本一般不超过 1 MB，请确认选对了文件（上限 ${MAX_SOURCE_BYTES / 1024 / 1024} MB）`);
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docx') {
    const { value } = await mammoth.extractRawText({ path: file });
    return { text: value, encoding: 'docx' };
  }
  if (extension !== '.txt') throw new ImportError(`不支持 ${extension || '无扩展名'} 文件。${CONVERT_HINT}`);
  const bytes = fs.readFileSync(file);
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Chinese government files are often GBK, which GB18030 decodes.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
