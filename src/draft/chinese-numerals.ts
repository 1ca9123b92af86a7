/** Chinese numerals as speeches write them in markers and counts (一、 （十二） 讲两点意见). */
import { chineseCounting } from '../text/chinese-counting.js';

/** The largest number the genre's markers and counts need; 第一百 does not occur in a speech. */
export const MAX_CHINESE_NUMERAL = 99;

/**
 * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the form used in ordinals and markers
 * (第二、 二是 （二十一）). Throws a RangeError outside 1–99.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`只能写出 1 到 ${MAX_CHINESE_NUMERAL} 的中文数字，收到 ${n}`);
  }
  return chineseCounting(n);
}

/**
 * The cardinal before a classifier: as toChineseNumeral except that 2 alone is 两
 * (讲两点意见, 两个维护; but 十二点, 二十二个).
 */
export function toChineseCount(n: number): string {
  return n === 2 ? '两' : toChineseNumeral(n);
}
