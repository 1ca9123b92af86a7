/**
 * Whether a code point is Han as the Unicode property \p{Script=Han} says, without running a regex
 * per character: the common block by range, any other character once through the regex, then
 * remembered (text meets only a few thousand distinct characters).
 */
const HAN = /^\p{Script=Han}$/u;

/** Per BMP code unit: 1 Han, 0 not, 2 not yet known. */
let bmpHan: Uint8Array | undefined;

export function isHanCodePoint(codePoint: number): boolean {
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true;
  if (codePoint < 0x2e80) return false;
  if (codePoint > 0xffff) return HAN.test(String.fromCodePoint(codePoint));
  const known = (bmpHan ??= new Uint8Array(0x10000).fill(2));
  if (known[codePoint] === 2) known[codePoint] = HAN.test(String.fromCharCode(codePoint)) ? 1 : 0;
  return known[codePoint] === 1;
}

/** Han characters in a string (what “length” means for Chinese text), as the count of /\p{Script=Han}/gu matches. */
export const countHan = (text: string): number => countHanWeighing(text, 1);

/** UTF-16 units of Han characters in `text` (one outside the BMP counts two), as `text.replace(/\P{Script=Han}+/gu, '').length`. */
export const hanUnits = (text: string): number => countHanWeighing(text, 2);

/** Han characters in `text`, one outside the BMP (a surrogate pair) weighing `pairWeight`. */
function countHanWeighing(text: string, pairWeight: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (isHanCodePoint(text.codePointAt(i)!)) count += pairWeight;
      i++;
    } else if (isHanCodePoint(c)) count++;
  }
  return count;
}
