/**
 * The data files of @node-rs/jieba, its dictionary and its IDF table, read when they are needed
 * and not kept. The package's own dict.js reads both when imported and holds them for the life of
 * the process: 11 MB in every worker thread after the dictionary and the table are built. Also the
 * IDF table as `npm run build` packs it (dist/data/), when there is one.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type JiebaDataFile = 'dict.txt' | 'idf.txt';

const resolve = createRequire(import.meta.url).resolve;

export function readJiebaData(file: JiebaDataFile): Buffer {
  return readFileSync(resolve(`@node-rs/jieba/${file}`));
}

/** Where `npm run build` writes the packed IDF table: dist/data/, beside dist/segment and dist/bundle. */
export const PACKED_IDF_TABLE = fileURLToPath(new URL('../data/idf-table.bin', import.meta.url));

/** The packed table and the size of the idf.txt it must have been made from; undefined without a build. */
export function readPackedIdfTable(): { readonly packed: Buffer; readonly sourceBytes: number } | undefined {
  try {
    return { packed: readFileSync(PACKED_IDF_TABLE), sourceBytes: statSync(resolve('@node-rs/jieba/idf.txt')).size };
  } catch {
    return undefined;
  }
}
