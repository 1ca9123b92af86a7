import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { inflateEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory.js';

/** Unpacked size past which a .docx is refused: far beyond any speech, small enough to stay safe. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** Other ZIP-based formats a user may hand us instead of a .docx, told apart by a telltale entry. */
const OTHER_ZIP_FORMATS: readonly { readonly entry: RegExp; readonly kind: string; readonly advice: string }[] = [
  { entry: /^xl\//, kind: 'Excel 表格（.xlsx）', advice: '请提供 Word 文档或纯文本' },
  { entry: /^ppt\//, kind: 'PowerPoint 演示文稿（.pptx）', advice: '请提供 Word 文档或纯文本' },
  { entry: /^content\.xml$/, kind: 'OpenDocument 文档（.odt 等）', advice: '请在 WPS 或 LibreOffice 中“另存为” .docx 后再试' },
];

const SAVE_AGAIN = '请用 Word 或 WPS 打开后重新保存再试';

/**
 * Makes sure a ZIP archive is a Word document that is safe to unpack, or throws one clear InputError:
 * not a ZIP at all, another Office format, a plain archive, a damaged archive, or a zip bomb (declared
 * sizes past MAX_UNPACKED_BYTES, or an XML part that inflates beyond its declared size).
 */
export function checkWordArchive(bytes: Uint8Array, path: string): void {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw new InputError(`Word 文件已损坏（ZIP 结构不完整，可能没有下载完）；请重新下载，或${SAVE_AGAIN}`, path);
  }
  if (!entries.some((e) => e.name.startsWith('word/'))) {
    const notWhat = extname(path).toLowerCase() === '.docx' ? '不是 Word 文档' : '不是文本文件';
    const other = OTHER_ZIP_FORMATS.find((f) => entries.some((e) => f.entry.test(e.name)));
    if (other) throw new InputError(`${notWhat}，而是${other.kind}；${other.advice}`, path);
    throw new InputError(`${notWhat}，而是普通的 ZIP 压缩包；请先解压，再读取其中的讲话稿文件`, path);
  }
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new InputError(
      `解压后有 ${megabytes(unpacked)} MB，超过 ${megabytes(MAX_UNPACKED_BYTES)} MB 的上限，可能是恶意构造的压缩文件，已拒绝读取；如确是正常文档，请删去其中的大图片后再试`,
      path,
    );
  }
  for (const entry of entries.filter((e) => /\.(xml|rels)$/.test(e.name))) verifyEntry(bytes, entry, path);
}

/** Inflates one part within its declared size; a part that lies about its size is refused. */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry, path: string): void {
  try {
    inflateEntry(bytes, entry);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(`压缩包内 ${entry.name} 解压后超过其声明的大小，可能是恶意构造的文件，已拒绝读取`, path);
    }
    throw new InputError(`Word 文件已损坏（${entry.name} 无法解压）；请重新下载，或${SAVE_AGAIN}`, path);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
