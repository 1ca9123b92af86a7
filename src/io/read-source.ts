import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Diagnostic, SourceDocument, SourceFormat, Span } from '../model.js';
import { MappedText } from '../text/mapped-text.js';
import { decodeText } from './decode-text.js';
import { looksBinary } from './detect-binary.js';
import { declaredCharset } from './html-charset.js';
import { looksLikeMarkdown } from './looks-like-markdown.js';
import { READABLE_FORMATS_HINT, sourceFormat } from './source-format.js';

/** Largest file read: far beyond any speech (a 50 MB file reads fine); every character costs memory downstream. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

interface Extracted {
  readonly encoding: string;
  readonly original: string;
  readonly text: MappedText;
  readonly warnings: readonly Diagnostic[];
  readonly frontMatter?: Readonly<Record<string, string>>;
  readonly headings?: readonly Span[];
}

/**
 * Reads one speech file of any supported format into a SourceDocument. Whatever stops the reading
 * becomes one InputError naming the file and what to do; what does not becomes a warning.
 */
export async function readSource(path: string): Promise<SourceDocument> {
  const bytes = readBytes(path);
  const format = sourceFormat(path, bytes);
  const { encoding, original, text, warnings, frontMatter, headings } = await extract(format, bytes, path);
  const all = /[\p{L}\p{N}]/u.test(text.value) ? warnings : [...warnings, NO_TEXT];
  return {
    path, format, encoding, original, text,
    ...(all.length > 0 && { warnings: all }),
    ...(frontMatter && { frontMatter }),
    ...(headings && headings.length > 0 && { headings }),
  };
}

const NO_TEXT: Diagnostic = {
  ruleId: 'read/no-text',
  severity: 'warning',
  message: '文件里没有文字（为空，或只有空白和标点）；请确认选对了文件',
  span: { start: 0, end: 0 },
};

async function extract(format: SourceFormat, bytes: Uint8Array, path: string): Promise<Extracted> {
  if (format === 'docx') {
    // Each format's reader (and its parser package) is loaded only for a file of that format.
    if (bytes.length === 0) return { encoding: 'docx', original: '', text: MappedText.identity(''), warnings: [] };
    const { text: original, headings } = await (await import('./read-docx.js')).readDocx(bytes, path);
    return { encoding: 'docx', original, text: MappedText.identity(original), warnings: [], headings };
  }
  const declared = format === 'html' ? declaredCharset(bytes) : undefined;
  const { text: original, encoding, warnings } = decodeText(bytes, { declared });
  if (looksBinary(original)) throw new InputError(`不是文本文件（含有空字节或大量控制字符）；${READABLE_FORMATS_HINT}`, path);
  // A .txt that is Markdown (a crawled page saved with its front matter and **bold** heads) is read as Markdown.
  if (format === 'md' || (format === 'txt' && looksLikeMarkdown(original))) {
    const markdown = (await import('./markdown-to-text.js')).markdownToText(original);
    return { encoding, original, ...markdown, warnings: [...warnings, ...markdown.warnings] };
  }
  const text = format === 'html' ? (await import('./html-to-text.js')).htmlToText(original) : MappedText.identity(original);
  return { encoding, original, text, warnings };
}

const DIRECTORY = '这是一个目录；请给出其中的文件，或把目录交给支持目录的命令';

/**
 * Synchronous on purpose: each thread reads one speech at a time and can do nothing with it until it
 * is read whole, while the promise API costs a thread-pool round trip per call (stat, open, read,
 * close) — on a batch of small files, most of the time spent reading. The open file is asked for
 * its kind and size: the path is looked up once.
 */
function readBytes(path: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(DIRECTORY, path);
    if (info.size > MAX_INPUT_BYTES) {
      const size = Math.round(info.size / 1024 / 1024);
      throw new InputError(`文件过大（${size} MB），超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB 的上限；请确认选对了文件，或拆分后再读`, path);
    }
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // Where a directory cannot be opened as a file (Windows), opening it says so.
    throw new InputError(code === 'EISDIR' ? DIRECTORY : describeReadFailure(code), path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function describeReadFailure(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '找不到该文件；请检查路径是否写对（含空格的路径请加引号）';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限；请检查文件权限，或换一个有权限的账户运行';
    case 'ELOOP':
      return '符号链接形成了循环，无法读取；请检查链接指向';
    default:
      return '无法读取；请确认文件可以正常打开，或复制到本地磁盘后再试';
  }
}
