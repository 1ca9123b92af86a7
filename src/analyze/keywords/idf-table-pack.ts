/**
 * The IDF table's parts in one buffer, written by `npm run build` (scripts/pack-idf-table.mjs) and
 * read back as views, without copying or hashing: loading the table went from some 85 ms to a few
 * in every process and worker thread. The header names the format and the size of the jieba file
 * it was made from, so a table made from another version of the package is not used.
 *
 * Layout (little-endian, every part 8-byte aligned): header Float64 × 5 [FORMAT, source bytes,
 * words, slots, median], values Float64 × words, keyStart Int32 × words, keyLength Int32 × words,
 * slots Int32 × slots, the words one after the other in UTF-16.
 */
import type { IdfTableParts } from './idf-table.js';

const FORMAT = 1;
const HEADER_NUMBERS = 5;

const aligned = (bytes: number): number => Math.ceil(bytes / 8) * 8;

export function packIdfTable(table: IdfTableParts, sourceBytes: number): Buffer {
  const parts = keysOnly(table);
  const words = parts.values.length;
  const sizes = [HEADER_NUMBERS * 8, words * 8, words * 4, words * 4, parts.slots.length * 4].map(aligned);
  const offsets = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const textOffset = sizes.reduce((a, b) => a + b, 0);
  const buffer = Buffer.alloc(textOffset + parts.text.length * 2);
  new Float64Array(buffer.buffer, buffer.byteOffset + offsets[0]!, HEADER_NUMBERS).set([FORMAT, sourceBytes, words, parts.slots.length, parts.median]);
  new Float64Array(buffer.buffer, buffer.byteOffset + offsets[1]!, words).set(parts.values);
  new Int32Array(buffer.buffer, buffer.byteOffset + offsets[2]!, words).set(parts.keyStart);
  new Int32Array(buffer.buffer, buffer.byteOffset + offsets[3]!, words).set(parts.keyLength);
  new Int32Array(buffer.buffer, buffer.byteOffset + offsets[4]!, parts.slots.length).set(parts.slots);
  buffer.write(parts.text, textOffset, 'utf16le');
  return buffer;
}

/** The parts with a text of the words alone, one after the other: the values in jieba's text are not needed. */
function keysOnly(parts: IdfTableParts): IdfTableParts {
  const keyStart = new Int32Array(parts.keyStart.length);
  const keys: string[] = [];
  let at = 0;
  for (let i = 0; i < keyStart.length; i++) {
    keyStart[i] = at;
    keys.push(parts.text.substr(parts.keyStart[i]!, parts.keyLength[i]!));
    at += parts.keyLength[i]!;
  }
  return { ...parts, text: keys.join(''), keyStart };
}

/** The parts, viewing `packed`; undefined when it is another format or was made from another file. */
export function unpackIdfTable(packed: Buffer, sourceBytes: number): IdfTableParts | undefined {
  // Typed views need their alignment: a pooled Buffer may start anywhere in its memory.
  const bytes = packed.byteOffset % 8 === 0 ? packed : Buffer.from(packed);
  if (bytes.length < HEADER_NUMBERS * 8) return undefined;
  const [format, source, words, slotCount, median] = new Float64Array(bytes.buffer, bytes.byteOffset, HEADER_NUMBERS);
  if (format !== FORMAT || source !== sourceBytes) return undefined;
  const sizes = [HEADER_NUMBERS * 8, words! * 8, words! * 4, words! * 4, slotCount! * 4].map(aligned);
  const offsets = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const textOffset = sizes.reduce((a, b) => a + b, 0);
  if (bytes.length < textOffset) return undefined;
  return {
    values: new Float64Array(bytes.buffer, bytes.byteOffset + offsets[1]!, words),
    keyStart: new Int32Array(bytes.buffer, bytes.byteOffset + offsets[2]!, words),
    keyLength: new Int32Array(bytes.buffer, bytes.byteOffset + offsets[3]!, words),
    slots: new Int32Array(bytes.buffer, bytes.byteOffset + offsets[4]!, slotCount),
    median: median!,
    text: bytes.toString('utf16le', textOffset),
  };
}
