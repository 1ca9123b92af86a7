/** Assertions that extracted text still points into the file it came from. */
import { expect } from 'vitest';
import type { MappedText } from '../../src/text/mapped-text.js';

/** Every Han character of the text maps to that same character in the original, or to the character reference (&#x7A81;) written for it. */
export function expectHanCharactersMapBack(original: string, text: MappedText): void {
  const wrong: string[] = [];
  for (let i = 0; i < text.value.length; i++) {
    if (!/\p{Script=Han}/u.test(text.value[i]!)) continue;
    const span = text.toOriginal({ start: i, end: i + 1 });
    const source = original.slice(span.start, span.end);
    if (source !== text.value[i] && !/^&#x?[0-9a-f]+;$/i.test(source)) wrong.push(`${text.value[i]}@${i}: ${source}`);
  }
  expect(wrong).toEqual([]);
}

/** The original slice behind the first occurrence of `word` in the text. */
export function originalOf(original: string, text: MappedText, word: string): string {
  const at = text.value.indexOf(word);
  expect(at, `${word} is not in the text`).toBeGreaterThanOrEqual(0);
  const span = text.toOriginal({ start: at, end: at + word.length });
  return original.slice(span.start, span.end);
}
