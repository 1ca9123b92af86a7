import iconv from 'iconv-lite';

/**
 * How much a decoding looks like Chinese prose: the measure that picks an encoding when the bytes
 * do not say. A wrong decoding of Chinese bytes yields rare characters, Hangul, kana, private-use
 * code points and replacement characters; the right one yields common Han characters.
 *
 * "Common" is the union of GB2312 (the 6,763 characters of simplified text) and Big5's 常用字
 * (5,401 traditional ones), read from the codecs themselves rather than from a list in the code.
 * Built once, with the weights, on the first text that needs scoring.
 */
function commonHanTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (encoding: string, leads: readonly [number, number], trails: readonly (readonly [number, number])[]): void => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
    }
    const text = iconv.decode(Buffer.from(bytes), encoding);
    // By code unit: a surrogate (of a character outside the BMP) falls outside the range either way.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x3400 && code <= 0x9fff) table[code] = 1;
    }
  };
  const big5Trails = [[0x40, 0x7e], [0xa1, 0xfe]] as const;
  mark('gb18030', [0xb0, 0xf7], [[0xa1, 0xfe]]); // GB2312 levels 1 and 2
  mark('big5', [0xa4, 0xc5], big5Trails); // Big5 常用字 A440–C5FE …
  mark('big5', [0xc6, 0xc6], [[0x40, 0x7e]]); // … up to C67E
  return table;
}

/** Code point ranges that a right decoding of a Chinese speech almost never produces. */
const UNLIKELY_RANGES: readonly (readonly [number, number])[] = [
  [0x0180, 0x01cc], // Latin Extended-B, IPA, modifiers, combining marks (GBK read as UTF-8) …
  [0x01dd, 0x036f], // … but not the pinyin vowels with tone marks ǎ ǐ ǒ ǔ ǚ in between
  [0x0370, 0x04ff], // Greek, Cyrillic (GB/Big5 symbol rows read with the other codec; GBK read as UTF-8)
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2500, 0x257f], // box drawing
  [0x3040, 0x30ff], // kana
  [0x3100, 0x312f], // bopomofo
  [0x3130, 0x318f], // Hangul compatibility Jamo
  [0xa000, 0xa4cf], // Yi syllables (UTF-16 read with the wrong byte order)
  [0xac00, 0xd7af], // Hangul syllables
  [0xd800, 0xf8ff], // lone surrogates, private use (unmapped GBK/Big5 codes)
  [0xf900, 0xfaff], // CJK compatibility ideographs
];

/**
 * Mean weight of the characters that are not plain ASCII: above 0 reads as Chinese, below 0 as a
 * wrong decoding, 0 when there is nothing to judge. A mean, not a sum, because the candidates
 * decode the same bytes into different numbers of characters (GB18030 reads 3-byte UTF-8 as 1.5
 * characters, many of them common, so a sum would prefer it).
 */
export function scoreChineseText(text: string): number {
  const weights = weightTable();
  let sum = 0;
  let judged = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = weights[code]!;
    if (w === 0 && (code < 0x80 || code === 0xa0)) continue; // ASCII and no-break spaces read the same in every codec
    sum += w;
    judged++;
  }
  return judged === 0 ? 0 : sum / judged;
}

let weights: Int8Array | undefined;

/**
 * The weight of every UTF-16 unit, filled range by range, the stronger rule last: 0 by default;
 * -1 for the unlikely ranges and for U+xx00 from U+0900 (ASCII read as UTF-16 with the wrong byte
 * order); 1 for CJK and full-width punctuation; 2 for common Han; -4 for control characters but
 * tab, line feed, form feed and carriage return, and for U+FFFD (bytes the codec could not decode).
 */
function weightTable(): Int8Array {
  if (weights) return weights;
  const table = new Int8Array(0x10000);
  const fill = (from: number, to: number, weight: number): void => void table.fill(weight, from, to + 1);
  for (const [from, to] of UNLIKELY_RANGES) fill(from, to, -1);
  for (let code = 0x0900; code < 0x10000; code += 0x100) table[code] = -1;
  fill(0x2010, 0x2027, 1);
  fill(0x3000, 0x303f, 1);
  fill(0xff00, 0xffef, 1);
  const common = commonHanTable();
  for (let code = 0x3400; code <= 0x9fff; code++) if (common[code]) table[code] = 2;
  fill(0x00, 0x1f, -4);
  for (const code of [0x09, 0x0a, 0x0c, 0x0d]) table[code] = 0;
  fill(0x7f, 0x9f, -4); // DEL and the C1 controls
  table[0xfffd] = -4;
  weights = table;
  return table;
}
