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
 * twice the time to build and some 50 MB more of each thread's memory. The parts are what the
 * packed form (idf-table-pack.ts) stores, so a built table loads without being built again.
 */
export interface IdfTableParts {
  readonly text: string;
  /** Per word: where it starts in `text`, its length and its value. */
  readonly keyStart: Int32Array;
  readonly keyLength: Int32Array;
  readonly values: Float64Array;
  /** Open addressing, a power of two long: a word's index, or -1 for a free slot. */
  readonly slots: Int32Array;
  /** The value of a word missing from the table. */
  readonly median: number;
}

export const parseIdfTable = (text: string): IdfTable => idfTableOf(buildIdfTableParts(text));

/** The lookup over the parts (their own or unpacked ones). */
export function idfTableOf({ text, keyStart, keyLength, values, slots, median }: IdfTableParts): IdfTable {
  const mask = slots.length - 1;
  /** The slot holding `word`, or the free slot where it belongs. */
  const slotOf = (word: string): number => {
    for (let slot = hash(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry < 0 || (keyLength[entry] === word.length && text.startsWith(word, keyStart[entry]))) return slot;
    }
  };
  return {
    idf: (word) => {
      const entry = slots[slotOf(word)]!;
      return entry < 0 ? median : values[entry]!;
    },
  };
}

/** jieba's table as text (word idf, one a line) → its parts. */
export function buildIdfTableParts(text: string): IdfTableParts {
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
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.lastIndexOf(' ', end - 1);
    if (space > start) {
      const slot = slotOfKey(start, space);
      const value = Number(text.slice(space + 1, end));
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
  const median = count ? values.slice(0, count).sort()[count >> 1]! : 0;
  return { text, keyStart: keyStart.slice(0, count), keyLength: keyLength.slice(0, count), values: values.slice(0, count), slots, median };
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

/**
 * jieba's IDF table, once per process (on first use): the packed table `npm run build` made from
 * the @node-rs/jieba package (a few ms), else that package's text (some 85 ms).
 */
export function loadIdfTable(): Promise<IdfTable> {
  loaded ??= Promise.all([import('../../segment/jieba-data.js'), import('./idf-table-pack.js')]).then(([{ readJiebaData, readPackedIdfTable }, { unpackIdfTable }]) => {
    const found = readPackedIdfTable();
    const parts = found && unpackIdfTable(found.packed, found.sourceBytes);
    return parts ? idfTableOf(parts) : parseIdfTable(readJiebaData('idf.txt').toString('utf8'));
  });
  return loaded;
}
