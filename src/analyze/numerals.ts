/** Numerals of the genre: Han numerals (一 … 九十九, 两), digits (ASCII or full-width), circled ①–⑳. */

const HAN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Regex source of a Han numeral up to 九十九 (no 百: 百强 is not a count of items). */
export const HAN_NUMERAL = '[一二两三四五六七八九十]{1,3}';

/** Regex source of a count: a Han numeral or 1–3 digits. */
export const COUNT_NUMERAL = `(?:${HAN_NUMERAL}|[0-9０-９]{1,3})`;

/** 一 → 1, 十二 → 12, 二十 → 20, 三十五 → 35; null when the text is not a Han numeral. */
export function parseHanNumeral(text: string): number | null {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return null;
  const [, lead, ten, unit] = m;
  if (!ten) return unit ? null : HAN_DIGITS[lead!] ?? null;
  return (lead ? HAN_DIGITS[lead]! : 1) * 10 + (unit ? HAN_DIGITS[unit]! : 0);
}

/** A count written in Han numerals or digits (full-width digits included); null if neither. */
export function parseCount(text: string): number | null {
  if (/^[0-9０-９]+$/.test(text)) {
    return Number(text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  }
  return parseHanNumeral(text);
}

/** ① → 1 … ⑳ → 20. */
export function parseCircledNumeral(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x245f : null;
}
