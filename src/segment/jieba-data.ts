/**
 * The data files of @node-rs/jieba, its dictionary and its IDF table, read when they are needed
 * and not kept. The package's own dict.js reads both when imported and holds them for the life of
 * the process: 11 MB in every worker thread after the dictionary and the table are built.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type JiebaDataFile = 'dict.txt' | 'idf.txt';

const resolve = createRequire(import.meta.url).resolve;

export function readJiebaData(file: JiebaDataFile): Buffer {
  return readFileSync(resolve(`@node-rs/jieba/${file}`));
}
