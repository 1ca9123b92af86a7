/**
 * Writes a ZIP archive from entries whose deflated bytes we make ourselves, so a test can build a
 * .docx whose content inflates to far more than the file holds (a "zip bomb") in milliseconds.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** Raw DEFLATE stream of the content. */
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

export function deflateEntry(name: string, content: string | Buffer): ZipEntry {
  const data = Buffer.from(content);
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/**
 * An entry whose content is `head`, then `unit` repeated `times` times, then `tail`, deflated in
 * independent flushed blocks so the repeated block is compressed once and copied.
 */
export function repeatedEntry(name: string, head: string, unit: string, times: number, tail: string): ZipEntry {
  const flushed = (data: Buffer): Buffer => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const [headBytes, unitBytes, tailBytes] = [head, unit, tail].map((s) => Buffer.from(s));
  const unitBlock = flushed(unitBytes!);
  const parts = [flushed(headBytes!), ...Array<Buffer>(times).fill(unitBlock), deflateRawSync(tailBytes!)];
  let crc = crc32(headBytes!);
  for (let i = 0; i < times; i++) crc = crc32(unitBytes!, crc);
  crc = crc32(tailBytes!, crc);
  const size = headBytes!.length + unitBytes!.length * times + tailBytes!.length;
  return { name, deflated: Buffer.concat(parts), crc, size };
}

/** The archive bytes: local headers with data, then the central directory (no ZIP64: sizes < 4 GiB). */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
