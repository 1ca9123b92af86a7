/**
 * Reads the shape of a numbered term: numeral + optional classifier + head, repeated for compounds
 * (两公开一监督), joined by 、 for composites (三个表率、一个模范); the other shapes (1+10+N, 8337,
 * 八八战略, 四千四万) are read by coded-terms.
 */
import { readCodedName, readDigitCode, readFormula, readNumeralUnitPairs } from './coded-terms.js';
import { isHanCodePoint } from '../../text/han.js';
import { charClass } from '../../text/char-class.js';
import { CLASSIFIER_CHARS } from './formulation-heads.js';
import { numeralValue } from './numerals.js';
import { numeralWordAt, ordinaryNumeralWordAt } from './numeral-words.js';
import { fromParts, partText, sumOfParts, type ParsedTerm } from './parsed-term.js';
import type { TermPart } from './types.js';

const HAN_NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万]/;
/** Characters that end the head of an unquoted term. */
const HEAD_STOP = /[的了和与及或等着之、，。；：！？“”"'‘’「」『』《》（）()\s]/;
const isHanNumeral = charClass(HAN_NUMERAL_CHAR);
export const isHeadStop = charClass(HEAD_STOP);
/** 一是, 二要: enumeration markers, not terms. */
const MARKER_AFTER_NUMERAL = /^[是要]/;
/** Heads are short; a quotation marks where a longer one ends (“两个根本性转变”, “三大高速公路新通道”). */
const MAX_HEAD = 4;
const MAX_QUOTED_HEAD = 8;
/**
 * A quoted head longer than this that holds an adverb or a verb of a clause is a slogan that opens
 * with a term (“两个文明建设一起抓” opens with 两个文明), not one long head.
 */
const LONG_QUOTED_HEAD = 6;
const CLAUSE_WORDS = /一起|一道|都|要|也|就|是|把|让|使|再|还/;
/**
 * A numeral that can start a part at `at`: a run of Chinese numerals, or 双. Not one inside a word
 * (一起, 统一); inside a quoted term a later part may start inside a name (“一中心四平台一网格”: not
 * the city 四平), in running text not (三次亲临四川视察).
 */
export function readPartNumeral(text: string, at: number, insideQuotedTerm = false): string | null {
  if ((insideQuotedTerm ? ordinaryNumeralWordAt : numeralWordAt)(text, at)) return null;
  if (text[at] === '双') return '双';
  let end = at;
  while (end < text.length && isHanNumeral(text.charCodeAt(end))) end++;
  return end > at ? text.slice(at, end) : null;
}

/** Reads one part at `at`; `quoted` allows any Han character in the head (and `text` is the quotation). */
function readPart(text: string, at: number, quoted: boolean, laterPart: boolean): { part: TermPart; end: number } | null {
  const numeral = readPartNumeral(text, at, quoted && laterPart);
  const inWord = quoted ? ordinaryNumeralWordAt : numeralWordAt;
  if (!numeral) return null;
  const value = numeralValue(numeral);
  if (value === null) return null; // 七一, 十一五: dates and periods, not counts
  let i = at + numeral.length;
  if (MARKER_AFTER_NUMERAL.test(text.slice(i, i + 1))) return null;
  if (text.startsWith('位一体', i)) return { part: { numeral, value, classifier: '', head: '位一体' }, end: i + 3 };
  // 个 with nothing after it (三个“关键词”) leaves no head to name; another classifier is then the head (三重一大).
  const bare = CLASSIFIER_CHARS.has(text[i] ?? '') && !isHanCodePoint(text.charCodeAt(i + 1));
  if (bare && text[i] === '个') return null;
  const classifier = CLASSIFIER_CHARS.has(text[i] ?? '') && !bare ? text[i]! : '';
  i += classifier.length;
  const headStart = i;
  let headHasWord = false;
  const maxHead = quoted ? MAX_QUOTED_HEAD : MAX_HEAD;
  while (i < text.length && i - headStart < maxHead && isHanCodePoint(text.charCodeAt(i))) {
    if (!quoted && isHeadStop(text.charCodeAt(i))) break;
    const isNumeral = isHanNumeral(text.charCodeAt(i)) || text[i] === '双';
    // A numeral after a head word starts the next part (两在两同), unless it begins a word (一起) or
    // ends the quotation (“双过万”); numerals that open the head belong to it (三个一线, 双五星).
    const endsQuote = quoted && i === text.length - 1;
    if (isNumeral && headHasWord && !endsQuote && !inWord(text, i)) break;
    headHasWord ||= !isNumeral;
    i++;
  }
  if (i === headStart) return null;
  return { part: { numeral, value, classifier, head: text.slice(headStart, i) }, end: i };
}

/**
 * Reads the parts starting at `at`. Heads of a compound are parallel (两公开一监督: 2 and 2), so a
 * last head that runs on (两公开一监督制度) is cut to the first one's length; one character more
 * is allowed (一村一亮点).
 */
export function readParts(text: string, at: number, quoted: boolean): { parts: TermPart[]; end: number } | null {
  const parts: TermPart[] = [];
  let end = at;
  for (;;) {
    const read = readPart(text, end, quoted, parts.length > 0);
    if (!read) break;
    parts.push(read.part);
    end = read.end;
    if (parts.length === 4) break;
  }
  if (parts.length === 0) return null;
  if (parts.length > 1) {
    const first = parts[0]!.head.length;
    const last = parts[parts.length - 1]!;
    if (last.head.length > first + 1) {
      end -= last.head.length - first;
      parts[parts.length - 1] = { ...last, head: last.head.slice(0, first) };
    }
    if (parts.some((p) => Math.abs(p.head.length - first) > 1)) return { parts: parts.slice(0, 1), end: at + partLength(parts[0]!) };
  }
  return { parts, end };
}

const partLength = (p: TermPart): number => p.numeral.length + p.classifier.length + p.head.length;

/** The whole of `text` as one term (the content of a quotation), or null. */
export function parseTermExact(text: string): ParsedTerm | null {
  const formula = readFormula(text, 0);
  if (formula) return formula.text === text ? formula : null;
  const special = readDigitCode(text) ?? readNumeralUnitPairs(text);
  if (special) return special;
  if (text.includes('、')) {
    const pieces = text.split('、').map(parseTermExact);
    if (pieces.length < 2 || pieces.some((p) => !p || (p.form !== 'simple' && p.form !== 'compound'))) return null;
    const parts = pieces.flatMap((p) => p!.parts);
    return { text, form: 'composite', parts, n: sumOfParts(parts) };
  }
  const read = readParts(text, 0, true);
  if (read && read.end === text.length) {
    const slogan = read.parts.some((p) => p.head.length > LONG_QUOTED_HEAD && CLAUSE_WORDS.test(p.head));
    return slogan ? null : fromParts(text, read.parts);
  }
  return readCodedName(text, text.length);
}

/** The term that starts `text` (a quotation such as “两个文明建设一起抓” begins with 两个文明). */
export function parseTermPrefix(text: string, headLength: number): ParsedTerm | null {
  const read = readParts(text, 0, false);
  if (!read) return null;
  if (read.parts.length > 1) return fromParts(text.slice(0, read.end), read.parts);
  const part = read.parts[0]!;
  const head = part.head.slice(0, headLength);
  const short = { ...part, head };
  return fromParts(partText(short), [short]);
}
