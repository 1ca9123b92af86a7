/**
 * How Word writes the number of a list level (w:numFmt, ECMA-376 17.18.59) — the formats Chinese
 * speech drafts use, each with the marker it gives in a real heading. A format not listed here is
 * written in Arabic digits, as Word falls back for a format it cannot render.
 */
import { CHINESE_DIGITS, chineseCounting } from '../text/chinese-counting.js';

interface ListNumberFormat {
  readonly numFmt: string;
  readonly format: (value: number) => string;
  /** The second heading of corpus/004 as this format numbers it (level text "%1、", "（%1）", "%1."). */
  readonly example: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

export const LIST_NUMBER_FORMATS: readonly ListNumberFormat[] = [
  { numFmt: 'decimal', format: String, example: '2.突出重点、统筹推进' },
  { numFmt: 'chineseCounting', format: chineseCounting, example: '二、突出重点、统筹推进' },
  { numFmt: 'chineseCountingThousand', format: chineseCounting, example: '（二）突出重点、统筹推进' },
  { numFmt: 'taiwaneseCounting', format: chineseCounting, example: '二、突出重点、统筹推进' },
  { numFmt: 'japaneseCounting', format: chineseCounting, example: '二、突出重点、统筹推进' },
  { numFmt: 'ideographDigital', format: (n) => [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join(''), example: '二、突出重点、统筹推进' },
  { numFmt: 'chineseLegalSimplified', format: (n) => chineseCounting(n).replace(/./g, legalDigit), example: '贰、突出重点、统筹推进' },
  { numFmt: 'decimalEnclosedCircle', format: (n) => CIRCLED[n - 1] ?? String(n), example: '②突出重点、统筹推进' },
  { numFmt: 'decimalEnclosedCircleChinese', format: (n) => CIRCLED[n - 1] ?? String(n), example: '②突出重点、统筹推进' },
  { numFmt: 'decimalFullWidth', format: fullWidth, example: '２．突出重点、统筹推进' },
  { numFmt: 'decimalFullWidth2', format: fullWidth, example: '２．突出重点、统筹推进' },
  { numFmt: 'decimalZero', format: (n) => String(n).padStart(2, '0'), example: '02.突出重点、统筹推进' },
  { numFmt: 'ideographTraditional', format: (n) => cyclic(HEAVENLY_STEMS, n), example: '乙、突出重点、统筹推进' },
  { numFmt: 'ideographZodiac', format: (n) => cyclic(EARTHLY_BRANCHES, n), example: '丑、突出重点、统筹推进' },
  { numFmt: 'upperLetter', format: (n) => letters(n).toUpperCase(), example: 'B.突出重点、统筹推进' },
  { numFmt: 'lowerLetter', format: letters, example: 'b.突出重点、统筹推进' },
  { numFmt: 'upperRoman', format: (n) => roman(n).toUpperCase(), example: 'II.突出重点、统筹推进' },
  { numFmt: 'lowerRoman', format: roman, example: 'ii.突出重点、统筹推进' },
  { numFmt: 'none', format: () => '', example: '突出重点、统筹推进' },
];

const BY_NAME = new Map(LIST_NUMBER_FORMATS.map((f) => [f.numFmt, f.format]));

/** The number `value` as a level of format `numFmt` shows it: 12 → 十二 (chineseCounting), ⑫, 12. */
export function formatListNumber(value: number, numFmt: string): string {
  return (BY_NAME.get(numFmt) ?? String)(value);
}

function legalDigit(character: string): string {
  return '零壹贰叁肆伍陆柒捌玖拾佰仟'['〇一二三四五六七八九十百千'.indexOf(character)] ?? character;
}

function fullWidth(n: number): string {
  return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
}

function cyclic(symbols: string, n: number): string {
  return symbols[(n - 1) % symbols.length] ?? String(n);
}

/** a … z, aa … zz: Word repeats the letter past z. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const symbols: readonly [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = n;
  let text = '';
  for (const [value, symbol] of symbols) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return text;
}
