/**
 * One-character tests by code unit, for loops that walk long paragraphs: a regex test on a
 * one-character string at every position cost more than the rest of such a loop. The answer for a
 * code unit is the pattern's own (a lone surrogate is tested as the pattern tests it), computed
 * the first time that code unit is seen.
 */
export type CharTest = (code: number) => boolean;

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/** A test of code units against `pattern`, a character class without the g or y flag. */
export function charClass(pattern: RegExp): CharTest {
  const known = new Uint8Array(0x10000);
  return (code) => {
    if (!(code >= 0)) return false; // charCodeAt past the end: as testing '' against a character class
    let answer = known[code]!;
    if (answer === UNKNOWN) {
      answer = pattern.test(String.fromCharCode(code)) ? YES : NO;
      known[code] = answer;
    }
    return answer === YES;
  };
}

/**
 * The kind of a code unit as `classify` names it (a small number, 0–254), computed the first time
 * that code unit is seen: one lookup where a loop would make several tests at every position.
 */
export function charKind(classify: (char: string) => number): (code: number) => number {
  const known = new Uint8Array(0x10000); // kind + 1; 0 while unknown
  return (code) => {
    let stored = known[code]!;
    if (stored === 0) {
      stored = classify(String.fromCharCode(code)) + 1;
      known[code] = stored;
    }
    return stored - 1;
  };
}

/** Whether a code unit is half of a surrogate pair (a character outside the Basic Multilingual Plane). */
export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
