/** The digits of Chinese counting, 〇 to 九. */
export const CHINESE_DIGITS = '〇一二三四五六七八九';

/**
 * A number as Chinese counting writes it: 一 … 十, 十二, 二十, 一百零五, 一千二百 (1 to 9999; other
 * numbers in Arabic digits, as Word falls back). Markers and list numbers use it (一、 （十二）).
 */
export function chineseCounting(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = [...String(n)].map(Number);
  let text = '';
  digits.forEach((digit, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (digit === 0) {
      if (!text.endsWith('零') && digits.slice(i).some((d) => d > 0)) text += '零';
    } else text += CHINESE_DIGITS[digit] + unit;
  });
  // 十二, not 一十二: the tens digit 1 is not read in front of 十.
  return text.startsWith('一十') ? text.slice(1) : text;
}
