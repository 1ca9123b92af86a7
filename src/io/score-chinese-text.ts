import iconv from 'iconv-lite';

/**
 * How much a decoding looks like Chinese prose: the measure that picks an encoding when the bytes
 * do not say. A wrong decoding of Chinese bytes yields rare characters, Hangul, kana, private-use
 * code points and replacement characters; the right one yields common Han characters.
 *
 * "Common" is the union of GB2312 (the 6,763 characters of simplified text) and Big5's 常用字
 * (5,401 traditional ones), read from the codecs themselves rather than from a list in the code.
 */
let commonHan: Uint8Array | undefined;

function commonHanTable(): Uint8Array {
  if (commonHan) return commonHan;
  const table = new Uint8Array(0x10000);
  const mark = (encoding: string, leads: readonly number[], trails: readonly number[]): void => {
    const bytes = leads.flatMap((lead) => trails.flatMap((trail) => [lead, trail]));
    for (const ch of iconv.decode(Buffer.from(bytes), encoding)) {
      const code = ch.charCodeAt(0);
      if (code >= 0x3400 && code <= 0x9fff) table[code] = 1;
    }
  };
  const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const big5Trails = [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
  mark('gb18030', range(0xb0, 0xf7), range(0xa1, 0xfe)); // GB2312 levels 1 and 2
  mark('big5', range(0xa4, 0xc5), big5Trails); // Big5 常用字 A440–C5FE …
  mark('big5', [0xc6], range(0x40, 0x7e)); // … up to C67E
  commonHan = table;
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

function weight(code: number, table: Uint8Array): number {
  if (code === 0xfffd) return -4; // bytes the codec could not decode
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 0 : -4;
  if (code < 0x7f) return 0;
  if (code < 0xa0) return -4; // C1 controls
  if (code >= 0x3400 && code <= 0x9fff && table[code]) return 2;
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x2027)) return 1;
  if ((code & 0xff) === 0 && code >= 0x0900) return -1; // ASCII read as UTF-16 with the wrong byte order
  for (const [from, to] of UNLIKELY_RANGES) if (code >= from && code <= to) return -1;
  return 0;
}

/**
 * Mean weight of the characters that are not plain ASCII: above 0 reads as Chinese, below 0 as a
 * wrong decoding, 0 when there is nothing to judge. A mean, not a sum, because the candidates
 * decode the same bytes into different numbers of characters (GB18030 reads 3-byte UTF-8 as 1.5
 * characters, many of them common, so a sum would prefer it).
 */
export function scoreChineseText(text: string): number {
  const table = commonHanTable();
  let sum = 0;
  let judged = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = weight(code, table);
    if (w === 0 && (code < 0x80 || code === 0xa0)) continue; // ASCII and no-break spaces read the same in every codec
    sum += w;
    judged++;
  }
  return judged === 0 ? 0 : sum / judged;
}
