import { inflateRawSync } from 'node:zlib';

/**
 * A small reader of a ZIP archive's central directory (PKWARE APPNOTE 4.3.12–4.3.16), so a .docx
 * can be judged — is it a Word file, how big would it unpack — before mammoth inflates it. ZIP64
 * (archives past 4 GB or 65,535 entries, which Word never writes for a document) is refused.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the archive declares it; see inflateEntry for an archive that lies. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The entries of a ZIP archive; throws ZipFormatError when the bytes are not a readable ZIP. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const end = findEndOfDirectory(view);
    const count = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (view.getUint32(offset, true) !== DIRECTORY_ENTRY) throw new ZipFormatError('bad central directory entry');
      const nameLength = view.getUint16(offset + 28, true);
      const extraLength = view.getUint16(offset + 30, true);
      const commentLength = view.getUint16(offset + 32, true);
      const name = Buffer.from(bytes.buffer, bytes.byteOffset + offset + 46, nameLength).toString('utf8');
      const entry = {
        name,
        method: view.getUint16(offset + 10, true),
        compressedSize: view.getUint32(offset + 20, true),
        uncompressedSize: view.getUint32(offset + 24, true),
        localHeaderOffset: view.getUint32(offset + 42, true),
      };
      if (count === 0xffff || [entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].includes(0xffffffff)) {
        throw new ZipFormatError('ZIP64 archive');
      }
      entries.push(entry);
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error) {
    if (error instanceof RangeError) throw new ZipFormatError('truncated archive');
    throw error;
  }
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new ZipFormatError('no end of central directory');
}

/**
 * An entry's content, inflated with its declared size as a hard limit: a forged archive that
 * declares small sizes and inflates to gigabytes fails here instead of filling memory.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(entry.compressedSize, bytes.byteLength - start));
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression method ${entry.method}`);
  return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
}
