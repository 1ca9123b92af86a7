/**
 * Terms that are not numeral + classifier + head: digit formulas (1+10+N), digit codes (8337),
 * coded names of two numerals (八八战略), parallel numeral–unit pairs (四千四万), and quoted terms
 * with a digit for their numeral (“4城同创”).
 */
import { digitCodeSum, numeralValue } from './numerals.js';
import { fromParts, sumOfParts, type ParsedTerm } from './parsed-term.js';
import type { TermPart } from './types.js';

const FORMULA = /^[0-9０-９NnXx]+(?:[+＋][0-9０-９NnXx]+)+/;
const CODE = /^[0-9０-９]{2,6}$/;
const HAN_NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万]/;
/** Two numerals in a row name a coded programme (“八八战略”, 国家八七扶贫攻坚计划), not a count. */
const CODED_NUMERALS = /^([一二三四五六七八九])([一二三四五六七八九])/;
/** Parallel numeral–unit pairs (“四千四万”: 四千 and 四万) name a set of sayings. */
const NUMERAL_UNIT_PAIRS = /^(?:[一二两三四五六七八九][百千万]){2,4}$/;

/** A digit formula at `at` (1+10+N, 7+1), with its parts. */
export function readFormula(text: string, at: number): ParsedTerm | null {
  const m = FORMULA.exec(text.slice(at, at + 40));
  if (!m) return null;
  const parts = m[0].split(/[+＋]/).map((numeral) => ({ numeral, value: numeralValue(numeral), classifier: '', head: '' }));
  return { text: m[0], form: 'formula', parts, n: sumOfParts(parts) };
}

/** A quoted digit code (“8337”): eight, three, three and seven items. */
export function readDigitCode(text: string): ParsedTerm | null {
  if (!CODE.test(text)) return null;
  const parts = [{ numeral: text, value: digitCodeSum(text), classifier: '', head: '' }];
  return { text, form: 'code', parts, n: digitCodeSum(text) };
}

/**
 * A coded name at the start of `text`: two numerals and a head (八八战略, 八七扶贫攻坚计划). A doubled
 * numeral declares its count once (八八战略: eight); two different ones declare none. `headEnd`
 * says where the head ends (the end of a quotation, or of a noun that names programmes).
 */
export function readCodedName(text: string, headEnd: number): ParsedTerm | null {
  const m = CODED_NUMERALS.exec(text);
  // The head is a word (战略), not a third numeral (“一二九”运动 is a date).
  if (!m || headEnd < 4 || !/^\p{Script=Han}+$/u.test(text.slice(2, headEnd)) || HAN_NUMERAL_CHAR.test(text[2]!)) return null;
  const numeral = m[0];
  const n = m[1] === m[2] ? numeralValue(m[1]!) : null;
  return { text: text.slice(0, headEnd), form: 'code', parts: [{ numeral, value: n, classifier: '', head: text.slice(2, headEnd) }], n };
}

/**
 * “四千四万”: parallel numeral–unit pairs, each a part. The unit stands where a classifier would
 * (四 + 千), with no head: it is no plain amount of 千 or 万 but the name of one saying.
 */
export function readNumeralUnitPairs(text: string): ParsedTerm | null {
  if (!NUMERAL_UNIT_PAIRS.test(text)) return null;
  const parts: TermPart[] = [];
  for (let i = 0; i < text.length; i += 2) parts.push({ numeral: text[i]!, value: numeralValue(text[i]!), classifier: text[i + 1]!, head: '' });
  if (new Set(parts.map((p) => p.classifier)).size !== parts.length) return null;
  return fromParts(text, parts);
}

/** A quoted term written with a digit for its numeral (“4城同创”, “5大战略指引”, “11方面重要遵循”). */
export function parseDigitTerm(text: string): ParsedTerm | null {
  const m = /^([0-9０-９]{1,2})([个大项种类条篇]?)(\p{Script=Han}{1,8})$/u.exec(text);
  if (!m) return null;
  const part = { numeral: m[1]!, value: numeralValue(m[1]!), classifier: m[2]!, head: m[3]! };
  return { text, form: 'simple', parts: [part], n: part.value };
}
