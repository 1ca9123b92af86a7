/**
 * Inverse document frequencies for TF-IDF: jieba's table (word idf, one a line), the same for
 * either segmentation engine. Words missing from it get the median, as jieba does.
 */
export interface IdfTable {
  idf(word: string): number;
}

export function parseIdfTable(text: string): IdfTable {
  const table = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  const values = [...table.values()].sort((a, b) => a - b);
  const median = values.length ? values[values.length >> 1]! : 0;
  return { idf: (word) => table.get(word) ?? median };
}

let loaded: Promise<IdfTable> | undefined;

/** jieba's IDF table, read once per process from the @node-rs/jieba package (loaded on first use). */
export function loadIdfTable(): Promise<IdfTable> {
  loaded ??= import('@node-rs/jieba/dict.js').then(({ idf }) => parseIdfTable(Buffer.from(idf).toString('utf8')));
  return loaded;
}
