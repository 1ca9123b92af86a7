/** The score that picks an encoding: what each kind of character weighs, and a decoding against another. */
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreChineseText } from '../../src/io/score-chinese-text.js';

describe('scoreChineseText', () => {
  it('weighs common Han 2, Chinese punctuation 1, unlikely characters -1, undecodable bytes and controls -4', () => {
    expect(scoreChineseText('国')).toBe(2);
    expect(scoreChineseText('國')).toBe(2);
    expect(scoreChineseText('，')).toBe(1);
    expect(scoreChineseText('ア')).toBe(-1);
    expect(scoreChineseText('\u0900')).toBe(-1);
    expect(scoreChineseText('\u3000')).toBe(1);
    expect(scoreChineseText('\uFFFD')).toBe(-4);
    expect(scoreChineseText('\u0001')).toBe(-4);
    expect(scoreChineseText('\u0085')).toBe(-4);
    expect(scoreChineseText('abc\n\t ')).toBe(0);
    expect(scoreChineseText('国\uFFFD')).toBe(-1);
  });

  it('prefers the right decoding of a GB18030 speech over its Big5 and UTF-8 readings', () => {
    const bytes = iconv.encode(readFileSync('corpus/000_abbf707b744d89e9.txt', 'utf8').slice(0, 2000), 'gb18030');
    const right = scoreChineseText(iconv.decode(bytes, 'gb18030'));
    expect(right).toBeGreaterThan(1);
    expect(right).toBeGreaterThan(scoreChineseText(iconv.decode(bytes, 'big5')));
    expect(right).toBeGreaterThan(scoreChineseText(bytes.toString('utf8')));
  });
});
