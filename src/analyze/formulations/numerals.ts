/** Numerals as they start numbered terms: 一…九十九 and 两 (as counted elsewhere), 百, 千, 万, 双 (as 2), digits. */
import { parseCount } from '../numerals.js';

const DIGIT_VALUE: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 百, 两千, 一百二十: numerals with 百 千 万 (counts of things rather than of a set's members). */
function largeNumeral(numeral: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(numeral)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of numeral) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null; // 七一 is a date, not a number
      digit = d;
    } else if (ch === '万') {
      // 万 alone counts ten thousand (万企); after 三千 it multiplies what came before.
      total += (section + (digit ?? (section ? 0 : 1))) * 10000;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * UNIT_VALUE[ch]!;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Values of the short numerals read so far: the same few (一, 两, 三, 十二) come back all the time. */
const known = new Map<string, number | null>();
const KNOWN_LENGTH = 4;

/** Value of a numeral (三, 十一, 两, 双, 一百二十, 23); null when it is not one number (七一, 十一五). */
export function numeralValue(numeral: string): number | null {
  const value = known.get(numeral);
  if (value !== undefined) return value;
  const read = numeral === '双' ? 2 : parseCount(numeral) ?? largeNumeral(numeral);
  if (numeral.length <= KNOWN_LENGTH) known.set(numeral, read);
  return read;
}

/** Sum of the digits of a digit code (8337 → 21: eight, three, three and seven items). */
export function digitCodeSum(code: string): number {
  let sum = 0;
  for (const ch of code) sum += parseCount(ch) ?? 0;
  return sum;
}
