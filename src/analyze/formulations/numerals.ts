/** Numerals as they start numbered terms: 一…十, 两, 百, 千, 双 (as 2), digits, and an open N. */

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Characters a Chinese numeral is written with. */
export const HAN_NUMERAL = /[零〇一二两三四五六七八九十百千万]/;
/** A run of Chinese numerals, or of digits. */
export const NUMERAL_RUN = /^(?:[零〇一二两三四五六七八九十百千万]+|[0-9０-９]+)/;

/** Value of a Chinese numeral (三, 十一, 二十, 一百二十) or digits; null when it does not parse. */
export function numeralValue(numeral: string): number | null {
  const ascii = numeral.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (numeral === '双') return 2;
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(numeral)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of numeral) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null; // 一二 is a list of digits, not a number
      digit = d;
      continue;
    }
    const unit = UNIT_VALUE[ch]!;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Sum of the digits of a digit code (8337 → 21: eight, three, three and seven items). */
export function digitCodeSum(code: string): number {
  let sum = 0;
  for (const ch of code) sum += numeralValue(ch) ?? 0;
  return sum;
}
