/** The keyword filter by one scan must accept exactly what its regex definition accepts. */
import { describe, expect, it } from 'vitest';
import { isKeywordCandidate } from '../../src/analyze/keywords/keyword-candidate.js';

const DEFINITION = /^(?=.*\p{Script=Han})(?![零〇一二两三四五六七八九十百千万0-9]+$).{2,}$/u;

describe('isKeywordCandidate', () => {
  it('accepts words of two characters or more with Han that are not numbers', () => {
    expect(isKeywordCandidate('党建')).toBe(true);
    expect(isKeywordCandidate('两个维护')).toBe(true);
    expect(isKeywordCandidate('5G基站')).toBe(true);
    expect(isKeywordCandidate('党')).toBe(false);
    expect(isKeywordCandidate('二〇二四')).toBe(false);
    expect(isKeywordCandidate('2024')).toBe(false);
    expect(isKeywordCandidate('GDP')).toBe(false);
  });

  it('agrees with the regex on words of every kind, line breaks and surrogates included', () => {
    const pieces = ['党', '建', '一', '十', '0', '9', 'a', '，', ' ', '\n', '\r', '\u2028', '𠀀', '\ud840', '\udc00', '〇', '々', '⺀', 'ア'];
    const words: string[] = [''];
    for (const a of pieces) for (const b of pieces) for (const c of ['', ...pieces]) words.push(a, a + b, a + b + c);
    const wrong = words.filter((word) => isKeywordCandidate(word) !== DEFINITION.test(word));
    expect(wrong).toEqual([]);
  });
});
