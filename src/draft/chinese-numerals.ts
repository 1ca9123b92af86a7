/** Chinese numerals as speeches write them in markers and counts (一、 （十二） 讲两点意见). */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

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
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/**
 * The cardinal before a classifier: as toChineseNumeral except that 2 alone is 两
 * (讲两点意见, 两个维护; but 十二点, 二十二个).
 */
export function toChineseCount(n: number): string {
  return n === 2 ? '两' : toChineseNumeral(n);
}
