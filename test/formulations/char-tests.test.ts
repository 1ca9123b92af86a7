/**
 * The code-unit tests and the word index that the scans over long paragraphs use answer exactly as
 * the regexes and the plain word lists they stand for, on every character and on corpus text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charClass, charKind } from '../../src/text/char-class.js';
import { isHanCodePoint } from '../../src/text/han.js';
import { indexByCharacter, NUMERAL_WORDS, numeralWordAt, wordCovering } from '../../src/analyze/formulations/numeral-words.js';
import { ALL_IDIOMS } from '../../src/analyze/formulations/fixed-expressions.js';

const seeds = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`corpus/${f}`, 'utf8'));

/** What the index stands for: the first word of the list, in its order, that covers position `at`. */
function coveringByScan(words: readonly string[], text: string, at: number): { word: string; start: number } | undefined {
  for (const word of words) {
    for (let offset = 0; offset < word.length; offset++) {
      if (word[offset] === text[at] && at >= offset && text.startsWith(word, at - offset)) return { word, start: at - offset };
    }
  }
  return undefined;
}

describe('charClass', () => {
  it('answers as its pattern on every code unit, lone surrogates included', () => {
    const patterns = [/\p{Script=Han}/u, /\s/, /[“"「『]/, /[、，；。！？：]/];
    for (const pattern of patterns) {
      const test = charClass(pattern);
      const wrong: number[] = [];
      for (let code = 0; code < 0x10000; code++) if (test(code) !== pattern.test(String.fromCharCode(code))) wrong.push(code);
      expect(wrong).toEqual([]);
    }
  });

  it('is false past the end of a text, as a test of the empty string (and so is isHanCodePoint)', () => {
    for (const isHan of [charClass(/\p{Script=Han}/u), isHanCodePoint]) {
      expect(isHan('机关'.charCodeAt(2))).toBe(false);
      expect(isHan('机关'.charCodeAt(-1))).toBe(false);
      expect(isHan('机关'.charCodeAt(0))).toBe(true);
    }
  });

  it('charKind names each code unit as its function does', () => {
    const kind = charKind((ch) => (/[，。]/.test(ch) ? 1 : /\p{Script=Han}/u.test(ch) ? 2 : 0));
    expect([...'认清形势，提高认识。A'].map((ch) => kind(ch.charCodeAt(0)))).toEqual([2, 2, 2, 2, 1, 2, 2, 2, 2, 1, 0]);
  });
});

describe('wordCovering', () => {
  const numeralWords = NUMERAL_WORDS.flatMap((g) => g.words);
  const lists: [string, readonly string[]][] = [
    ['numeral words', numeralWords],
    ['idioms', ALL_IDIOMS],
  ];

  it.each(lists)('finds the first covering word of the %s at every position of the seed speeches', (_, words) => {
    const index = indexByCharacter(words);
    let found = 0;
    for (const text of seeds) {
      for (let at = 0; at < text.length; at++) {
        const expected = coveringByScan(words, text, at);
        expect(wordCovering(index, text, at)).toEqual(expected);
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it('finds a word from its first or its last character (十分)', () => {
    const text = '在配备中，我们十分注意数量要求，规定按照部门规模和机关职工人数多少确定。';
    expect(numeralWordAt(text, text.indexOf('十'))).toBe('十分');
    expect(numeralWordAt(text, text.indexOf('分'))).toBe('十分');
    expect(numeralWordAt(text, text.indexOf('我'))).toBeUndefined();
  });
});
