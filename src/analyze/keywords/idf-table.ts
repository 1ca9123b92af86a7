import { middleValue, readNumber } from './read-numbers.js';

/**
 * Inverse document frequencies for TF-IDF: jieba's table (word idf, one a line), the same for
 * either segmentation engine. Words missing from it get the median, as jieba does.
 */
export interface IdfTable {
  idf(word: string): number;
}

/**
 * The table is kept as its own text plus typed arrays: an open-addressing hash of the words' places
 * in the text, and their values. Every worker thread loads one, and a Map of the 270,000 words took
 * twice the time to build and some 50 MB more of each thread's memory.
 */
export function parseIdfTable(text: string): IdfTable {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const keyStart = new Int32Array(lines);
  const keyLength = new Int32Array(lines);
  const values = new Float64Array(lines);
  let size = 2;
  while (size < lines * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  /** The slot holding the key text[start, end), or the free slot where it belongs (no substring made). */
  const slotOfKey = (start: number, end: number): number => {
    for (let slot = hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry < 0 || (keyLength[entry] === end - start && sameText(text, keyStart[entry]!, start, end - start))) return slot;
    }
  };
  /** The slot holding `word`, or the free slot where it belongs. */
  const slotOf = (word: string): number => {
    for (let slot = hash(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry < 0 || (keyLength[entry] === word.length && text.startsWith(word, keyStart[entry]))) return slot;
    }
  };
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.lastIndexOf(' ', end - 1);
    if (space > start) {
      const slot = slotOfKey(start, space);
      const value = readNumber(text, space + 1, end);
      if (slots[slot]! >= 0) values[slots[slot]!] = value; // a word listed twice: the last line wins
      else {
        keyStart[count] = start;
        keyLength[count] = space - start;
        values[count] = value;
        slots[slot] = count++;
      }
    }
    start = end + 1;
  }
  const median = count ? middleValue(values.subarray(0, count)) : 0;
  return {
    idf: (word) => {
      const entry = slots[slotOf(word)]!;
      return entry < 0 ? median : values[entry]!;
    },
  };
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

let loaded: Promise<IdfTable> | undefined;

/** jieba's IDF table, read once per process from the @node-rs/jieba package (loaded on first use). */
export function loadIdfTable(): Promise<IdfTable> {
  loaded ??= import('../../segment/jieba-data.js').then(({ readJiebaData }) => parseIdfTable(readJiebaData('idf.txt').toString('utf8')));
  return loaded;
}
