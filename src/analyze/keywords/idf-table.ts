/**
 * Inverse document frequencies for TF-IDF: jieba's table (word idf, one a line), the same for
 * either segmentation engine. Words missing from it get the median, as jieba does.
 */
export interface IdfTable {
  idf(word: string): number;
}

export function parseIdfTable(text: string): IdfTable {
  // Read in place and sorted as plain numbers: the table has some 270,000 lines, and every worker
  // thread loads its own, so an array of lines and one of boxed values cost tens of megabytes each.
  const table = new Map<string, number>();
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.lastIndexOf(' ', end - 1);
    if (space > start) table.set(text.slice(start, space), Number(text.slice(space + 1, end)));
    start = end + 1;
  }
  const values = Float64Array.from(table.values()).sort();
  const median = values.length ? values[values.length >> 1]! : 0;
  return { idf: (word) => table.get(word) ?? median };
}

let loaded: Promise<IdfTable> | undefined;

/** jieba's IDF table, read once per process from the @node-rs/jieba package (loaded on first use). */
export function loadIdfTable(): Promise<IdfTable> {
  loaded ??= import('@node-rs/jieba/dict.js').then(({ idf }) => parseIdfTable(Buffer.from(idf.buffer, idf.byteOffset, idf.byteLength).toString('utf8')));
  return loaded;
}
