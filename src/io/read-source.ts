import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { SourceDocument, SourceFormat } from '../model.js';
import { MappedText } from '../text/mapped-text.js';
import { FORMAT_BY_EXTENSION } from './collect-inputs.js';
import { decodeText } from './decode-text.js';

/** Reads one speech file of any supported format into a SourceDocument. */
export async function readSource(path: string): Promise<SourceDocument> {
  const format: SourceFormat = FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? 'txt';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '找不到该文件' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有读取权限' : '无法读取';
    throw new InputError(`${why}，请检查路径`, path);
  }
  const { text, encoding } = decodeText(bytes);
  return { path, format, encoding, original: text, text: MappedText.identity(text) };
}
