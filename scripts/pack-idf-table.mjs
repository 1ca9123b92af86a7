/**
 * Packs jieba's IDF table into dist/data/idf-table.bin (see src/analyze/keywords/idf-table-pack.ts),
 * so each process loads it in a few ms instead of building it from the text. Run by `npm run build`,
 * after tsc.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildIdfTableParts } from '../dist/analyze/keywords/idf-table.js';
import { packIdfTable } from '../dist/analyze/keywords/idf-table-pack.js';
import { PACKED_IDF_TABLE, readJiebaData } from '../dist/segment/jieba-data.js';

const source = readJiebaData('idf.txt');
mkdirSync(dirname(PACKED_IDF_TABLE), { recursive: true });
writeFileSync(PACKED_IDF_TABLE, packIdfTable(buildIdfTableParts(source.toString('utf8')), source.length));
