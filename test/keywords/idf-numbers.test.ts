/** Loading the IDF table reads numbers and finds the median without Number(slice) and a sort: same results. */
import { describe, expect, it } from 'vitest';
import { idf as idfBytes } from '@node-rs/jieba/dict.js';
import { middleValue, readNumber } from '../../src/analyze/keywords/read-numbers.js';

const read = (text: string): number => readNumber(`党建 ${text}\n`, 3, 3 + text.length);

describe('readNumber', () => {
  it('reads every value of jieba’s IDF table as Number does', () => {
    const table = Buffer.from(idfBytes.buffer, idfBytes.byteOffset, idfBytes.byteLength).toString('utf8');
    let wrong = 0;
    let lines = 0;
    for (const line of table.split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space <= 0) continue;
      lines++;
      if (!Object.is(readNumber(line, space + 1, line.length), Number(line.slice(space + 1)))) wrong++;
    }
    expect(lines).toBeGreaterThan(200_000);
    expect(wrong).toBe(0);
  });

  it('reads what is not a plain short decimal as Number does', () => {
    for (const text of ['6.5', '5.', '.5', '', '1e3', ' 2', '3\r', '-1.5', '0.1', '123456789012345', '1234567890123456', '0.30000000000000004', '9007199254740993', '1.2.3', 'NaN', '00012.50']) {
      expect(Object.is(read(text), Number(text)), text).toBe(true);
    }
  });
});

describe('middleValue', () => {
  const bySort = (values: number[]): number => Float64Array.from(values).sort()[values.length >> 1]!;

  it('is the middle of the sorted values, for spread, repeated, signed-zero, infinite and NaN values', () => {
    const cases = [
      [13.900677652, 11.5027823792, 12.2912397395, 9.21854642485, 11.1926274509, 11.8212361103],
      [5, 5, 5, 5],
      [7],
      [0, -0, 1, -1, -0],
      [1, Infinity, 2, -Infinity, 3],
      [NaN, 1, 2],
      [1e308, -1e308, 5e-324, 0],
      Array.from({ length: 1001 }, (_, i) => ((i * 7919) % 1000) / 7),
    ];
    for (const values of cases) expect(Object.is(middleValue(Float64Array.from(values)), bySort(values)), String(values)).toBe(true);
  });
});
