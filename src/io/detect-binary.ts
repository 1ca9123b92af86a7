/** Tells files that are not text (images, archives, old Office files, PDFs) from text, for a clear refusal. */

export interface BinarySignature {
  /** What the file is, as the user would call it (in Chinese). */
  readonly kind: string;
  /** Leading bytes (a string stands for its Latin-1 bytes). */
  readonly magic: string | readonly number[];
  /** Where the magic starts (0 unless said). */
  readonly offset?: number;
  /** What the user can do instead, when there is something better than "give a text file". */
  readonly advice?: string;
}

export const OLD_OFFICE_KIND = '旧版 Office 文件（.doc/.xls/.ppt/.wps）';
export const ZIP_KIND = 'ZIP 压缩包';

export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { kind: ZIP_KIND, magic: 'PK\x03\x04' },
  { kind: ZIP_KIND, magic: 'PK\x05\x06' }, // an empty archive
  {
    kind: OLD_OFFICE_KIND,
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    advice: '请在 Word 或 WPS 中“另存为” .docx 后再试',
  },
  { kind: 'PDF 文件', magic: '%PDF-', advice: '请先把它导出为 Word 或纯文本（扫描件需先做文字识别）' },
  { kind: 'RTF 文档', magic: '{\\rtf', advice: '请在 Word 或 WPS 中“另存为” .docx 后再试' },
  { kind: 'PNG 图片', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG 图片', magic: [0xff, 0xd8, 0xff] },
  { kind: 'GIF 图片', magic: 'GIF8' },
  { kind: 'WebP 图片或音视频文件', magic: 'RIFF' },
  { kind: 'MP4 视频', magic: 'ftyp', offset: 4 },
  { kind: 'MP3 音频', magic: 'ID3' },
  { kind: 'gzip 压缩包', magic: [0x1f, 0x8b, 0x08] },
  { kind: '7z 压缩包', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'RAR 压缩包', magic: 'Rar!\x1a\x07' },
  { kind: '可执行程序', magic: '\x7fELF' },
];

/** The known binary format the bytes start with, if any. */
export function sniffBinary(bytes: Uint8Array): BinarySignature | undefined {
  return BINARY_SIGNATURES.find((signature) => {
    const magic = typeof signature.magic === 'string' ? [...signature.magic].map((c) => c.charCodeAt(0)) : signature.magic;
    const offset = signature.offset ?? 0;
    return bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
  });
}

/** Control characters a text file does not contain (tab, line breaks, form feed and ESC are fine). */
const CONTROL_CHARACTER = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;

/**
 * True when decoded "text" is really binary data: it holds a NUL character (UTF-16 text has been
 * decoded by now, so its zero bytes are gone), or control characters make up more than 1% of it.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const limit = Math.max(8, text.length / 100);
  let count = 0;
  for (CONTROL_CHARACTER.lastIndex = 0; CONTROL_CHARACTER.exec(text); ) if (++count > limit) return true;
  return false;
}
