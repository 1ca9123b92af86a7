import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { SourceFormat } from '../model.js';
import { OLD_OFFICE_KIND, sniffBinary, ZIP_KIND } from './detect-binary.js';

/** File endings speechkit reads, and the format each is read as. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export const READABLE_FORMATS_HINT = '请提供 .txt、.docx、.md 或 .html 格式的讲话稿';

/** A page saved from a browser, whatever its name (sites serve "Word" downloads that are HTML). */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/**
 * The format to read a file as: a ZIP is always read as a Word document (its reader tells the user
 * if it is not one), other binary files are refused here, a known ending decides (an empty .docx —
 * what Windows' "New > Word document" makes — is an empty document), and a file with an unknown
 * ending given by name is HTML if it looks like a page, else text.
 */
export function sourceFormat(path: string, bytes: Uint8Array): SourceFormat {
  const extension = extname(path).toLowerCase();
  const binary = sniffBinary(bytes);
  if (binary?.kind === ZIP_KIND) return 'docx';
  if (binary?.kind === OLD_OFFICE_KIND && (extension === '.docx' || extension === '.doc')) {
    throw new InputError('这是旧版 Word（.doc）格式的文件，speechkit 只读取 .docx；请在 Word 或 WPS 中“另存为” .docx 后再试', path);
  }
  if (binary) throw new InputError(`不是文本文件（看起来是${binary.kind}）；${binary.advice ?? READABLE_FORMATS_HINT}`, path);
  const byExtension = FORMAT_BY_EXTENSION[extension];
  if (byExtension === 'docx' && bytes.length > 0) {
    throw new InputError('扩展名是 .docx，但内容不是 Word 文档（不是 ZIP 格式）；如果它其实是纯文本，请把扩展名改为 .txt', path);
  }
  if (byExtension) return byExtension;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return HTML_START.test(head) ? 'html' : 'txt';
}
