/**
 * Reads the term that starts at a numeral, with what the quotations around it say: a quotation (or
 * a piece of a quoted list) that is a term, one that begins with a term (“两个文明建设一起抓”), a
 * modifier quoted before the numeral (“新三样”), a coded name (国家八七扶贫攻坚计划), or a term in
 * running text whose head ends where the text says.
 */
import type { Candidate } from './candidate.js';
import { readCodedName } from './coded-terms.js';
import { CODE_NOUNS } from './digit-candidates.js';
import { QUOTED_LEAD_MODIFIERS } from './formulation-heads.js';
import { parseTermExact, parseTermPrefix, readParts } from './parse-term.js';
import type { ParsedTerm } from './parsed-term.js';
import { COUNTED_UNITS } from './quantity-units.js';
import type { Quote, QuoteSpot } from './quotations.js';

/** 第五次, 每一名, 这两年, 几个: an ordinal or a determiner, not a count of a set. */
export const DETERMINERS = /[第每这那哪某几其]/;
/** An unquoted term without other evidence is named with this many head characters. */
export const PROMOTED_DEFAULT_HEAD = 2;
/** How far an unquoted coded name may run to its noun (八七 + 扶贫攻坚计划). */
const CODED_HEAD = 8;
const TWO_NUMERALS = /^[一二三四五六七八九]{2}$/;

/** A short quotation that a verb opens and the term closes (“破三铁”) quotes the term. */
const SHORT_QUOTE = 6;

export interface Parsed {
  readonly start: number;
  readonly term: ParsedTerm;
  readonly quoted: Candidate['quoted'];
}

/**
 * A quotation with a modifier before the numeral names the whole (“新三样”, “天府森林四库”): a lead of
 * two to four characters, or one of the modifiers; a verb before it only opens the quotation (“破三铁”).
 */
function ledTerm(text: string, i: number, quote: Quote | undefined): Parsed | null {
  if (!quote || quote.piece || quote.start >= i) return null;
  const lead = text.slice(quote.start, i);
  if (!/^\p{Script=Han}{1,4}$/u.test(lead) || DETERMINERS.test(lead.slice(-1)) || (lead.length === 1 && !QUOTED_LEAD_MODIFIERS.words.includes(lead))) return null;
  const tail = parseTermExact(text.slice(i, quote.end));
  if (!tail || tail.form === 'formula' || tail.form === 'code' || (tail.n ?? 0) < 2) return null;
  return { start: quote.start, term: { ...tail, text: lead + tail.text, lead }, quoted: 'whole' };
}

/** The term that starts at numeral i, read with the quotations around it (quoted whole, quoted in part, or not). */
export function termAt(text: string, i: number, spot: QuoteSpot): Parsed | null {
  for (const end of spot.ends) {
    const exact = parseTermExact(text.slice(i, end));
    if (exact) return { start: i, term: exact, quoted: 'whole' };
  }
  if (spot.ends.length) {
    const prefix = parseTermPrefix(text.slice(i, spot.ends[0]), PROMOTED_DEFAULT_HEAD);
    return prefix ? { start: i, term: prefix, quoted: 'prefix' } : null;
  }
  const led = ledTerm(text, i, spot.inside);
  if (led) return led;
  const coded = codedNameAt(text, i);
  if (coded) return { start: i, term: coded, quoted: 'none' };
  const read = readParts(text, i, false);
  if (!read) return null;
  const quote = spot.inside;
  if (quote && read.end === quote.end && quote.end - quote.start <= SHORT_QUOTE) {
    const inner = parseTermExact(text.slice(i, quote.end));
    if (inner) return { start: i, term: inner, quoted: 'whole' };
  }
  const term = parseTermExact(text.slice(i, read.end)) ?? { text: text.slice(i, read.end), form: 'simple' as const, parts: read.parts, n: read.parts[0]!.value };
  return { start: i, term, quoted: 'none' };
}

/** An unquoted coded name runs to a noun that names programmes: 国家八七扶贫攻坚计划. */
function codedNameAt(text: string, i: number): ParsedTerm | null {
  // 三五年内实施…计划 counts years: a unit after the numerals is no name.
  if (!TWO_NUMERALS.test(text.slice(i, i + 2)) || COUNTED_UNITS.some((u) => text.startsWith(u, i + 2))) return null;
  const ahead = text.slice(i + 2, i + 2 + CODED_HEAD);
  let best = -1;
  for (const noun of CODE_NOUNS) {
    const at = ahead.indexOf(noun);
    if (at >= 0 && /^\p{Script=Han}*$/u.test(ahead.slice(0, at))) best = Math.max(best, at + noun.length);
  }
  return best > 0 ? readCodedName(text.slice(i), best + 2) : null;
}

