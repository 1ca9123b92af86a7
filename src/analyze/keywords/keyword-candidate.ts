import { isHanCodePoint } from '../../text/han.js';

/** Characters that spell a number (一百二十, 2024): a word of them only is not a keyword. */
const NUMERAL = new Set([...'零〇一二两三四五六七八九十百千万0123456789'].map((c) => c.charCodeAt(0)));

/**
 * A keyword has two or more characters, at least one Han, and is not a number — what
 * /^(?=.*\p{Script=Han})(?![零〇一二两三四五六七八九十百千万0-9]+$).{2,}$/u accepts (so no line break
 * either), in one scan of the word instead of a regex run per word.
 */
export function isKeywordCandidate(word: string): boolean {
  let characters = 0;
  let han = false;
  let numeral = true;
  for (let i = 0; i < word.length; i++, characters++) {
    const c = word.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return false;
    if (c >= 0xd800 && c <= 0xdbff && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      han ||= isHanCodePoint(word.codePointAt(i)!);
      numeral = false;
      i++;
      continue;
    }
    han ||= isHanCodePoint(c);
    numeral &&= NUMERAL.has(c);
  }
  return characters >= 2 && han && !numeral;
}
