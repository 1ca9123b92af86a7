import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIdfTableParts, idfTableOf, parseIdfTable } from '../../src/analyze/keywords/idf-table.js';
import { packIdfTable, unpackIdfTable } from '../../src/analyze/keywords/idf-table-pack.js';
import { readJiebaData } from '../../src/segment/jieba-data.js';

const source = readJiebaData('idf.txt');
const text = source.toString('utf8');
const words = text.split('\n').filter(Boolean).map((line) => line.slice(0, line.lastIndexOf(' ')));
const missing = ['讲话稿里没有的词', '五量', '', 'x'];

describe('the packed IDF table', () => {
  const parsed = parseIdfTable(text);
  const packed = packIdfTable(buildIdfTableParts(text), source.length);

  it('gives every word of jieba’s table, and the median for others, as the table built from the text', () => {
    const unpacked = idfTableOf(unpackIdfTable(packed, source.length)!);
    expect(words.length).toBeGreaterThan(200_000);
    let differing = 0;
    for (const word of [...words, ...missing]) if (!Object.is(unpacked.idf(word), parsed.idf(word))) differing++;
    expect(differing).toBe(0);
    expect(unpacked.idf('机关')).toBe(parsed.idf('机关'));
  });

  it('reads a copy that does not start on an 8-byte boundary', () => {
    const shifted = Buffer.alloc(packed.length + 3).subarray(3);
    packed.copy(shifted);
    expect(idfTableOf(unpackIdfTable(shifted, source.length)!).idf('党建')).toBe(parsed.idf('党建'));
  });

  it('is not used when made from another idf.txt, or cut short', () => {
    expect(unpackIdfTable(packed, source.length + 1)).toBeUndefined();
    expect(unpackIdfTable(packed.subarray(0, 100), source.length)).toBeUndefined();
    expect(unpackIdfTable(Buffer.alloc(8), source.length)).toBeUndefined();
  });

  it('is what the built program loads (dist/data/idf-table.bin, made by npm run build)', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    expect(existsSync(join(root, 'dist/data/idf-table.bin'))).toBe(true);
    const built = join(root, 'dist/analyze/keywords/idf-table.js');
    const { loadIdfTable } = (await import(pathToFileURL(built).href)) as typeof import('../../src/analyze/keywords/idf-table.js');
    const table = await loadIdfTable();
    for (const word of ['机关', '党建', '高质量发展', ...missing]) expect(table.idf(word), word).toBe(parsed.idf(word));
    expect(readFileSync(join(root, 'dist/data/idf-table.bin')).equals(packed)).toBe(true);
  });
});
