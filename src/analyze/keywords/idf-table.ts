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
  const slots = new Int32Array(size).fill(-1);
  /** The slot holding `word`, or the free slot where it belongs. */
  const slotOf = (word: string): number => {
    for (let slot = hash(word) & (size - 1); ; slot = (slot + 1) & (size - 1)) {
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
      const slot = slotOf(text.slice(start, space));
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
  const sorted = values.slice(0, count).sort();
  const median = count ? sorted[count >> 1]! : 0;
  return {
    idf: (word) => {
      const entry = slots[slotOf(word)]!;
      return entry < 0 ? median : values[entry]!;
    },
  };
}

/** FNV-1a over UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

let loaded: Promise<IdfTable> | undefined;

/** jieba's IDF table, read once per process from the @node-rs/jieba package (loaded on first use). */
export function loadIdfTable(): Promise<IdfTable> {
  loaded ??= import('@node-rs/jieba/dict.js').then(({ idf }) => parseIdfTable(Buffer.from(idf.buffer, idf.byteOffset, idf.byteLength).toString('utf8')));
  return loaded;
}
