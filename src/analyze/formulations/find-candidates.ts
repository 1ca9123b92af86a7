/**
 * Finds every numbered term in the paragraphs and says what it is: a formulation (with the
 * evidence it carries by itself), or a period, ordinal, date, grade, idiom, distributive slogan,
 * quantity or discourse count. Unquoted terms without evidence come back as formulations with no
 * evidence: repetition, members or the lexicon may still promote them (find-terms).
 */
import { CALENDAR_RULES } from './calendar-terms.js';
import { plain, shortened, type Candidate, type Site } from './candidate.js';
import { exclusionOf, headPattern } from './classify-term.js';
import { CODE_NOUNS } from './digit-candidates.js';
import { digitCandidateAt } from './digit-candidates.js';
import { DISCOURSE_HEAD_LIST } from './discourse-heads.js';
import { ALL_IDIOMS, NUMERAL_IDIOM_PATTERNS } from './fixed-expressions.js';
import { lexiconTermAt } from './lexicon.js';
import { indexByCharacter, numeralWordAt, wordCovering } from './numeral-words.js';
import { QUOTED_LEAD_MODIFIERS, SET_CLASSIFIER } from './formulation-heads.js';
import { parseTermExact, parseTermPrefix, readCodedName, readParts, type ParsedTerm } from './parse-term.js';
import { quotationsOf, quoteWalker, type Quote, type QuoteSpot } from './quotations.js';
import { setHeadAt } from './set-head.js';
import { ENTITY_NOUN_LIST, QUANTITY_UNIT_LIST } from './quantity-units.js';
import type { FindingEvidence } from './types.js';

const NUMBER_START = /[一二两三四五六七八九十百千万双0-9０-９]/;
const NUMBER_START_G = /[一二两三四五六七八九十百千万双0-9０-９NnXx]/g;
const INSIDE_NUMBER = /[零〇一二两三四五六七八九十百千万双0-9０-９A-Za-z.．%]/;
/** 第五次, 每一名, 这两年, 几个: an ordinal or a determiner, not a count of a set. */
const DETERMINERS = /[第每这那哪某几其]/;
const PROMOTED_DEFAULT_HEAD = 2;
/** How far an unquoted coded name may run to its noun (八七 + 扶贫攻坚计划). */
const CODED_HEAD = 8;
const TWO_NUMERALS = /^[一二三四五六七八九]{2}$/;

function canStart(text: string, i: number): boolean {
  const ch = text[i]!;
  const opensFormula = /[NnXx]/.test(ch) && /[+＋]/.test(text[i + 1] ?? '');
  if (!NUMBER_START.test(ch) && !opensFormula) return false;
  const prev = text[i - 1] ?? '';
  return !INSIDE_NUMBER.test(prev) && !DETERMINERS.test(prev) && !numeralWordAt(text, i);
}

const IDIOMS_BY_CHARACTER = indexByCharacter(ALL_IDIOMS);

function idiomAt(text: string, i: number): { start: number; idiom: string } | null {
  const found = wordCovering(IDIOMS_BY_CHARACTER, text, i);
  if (found) return { start: found.start, idiom: found.word };
  const ahead = text.slice(i, i + 8);
  for (const { pattern } of NUMERAL_IDIOM_PATTERNS) {
    const m = pattern.exec(ahead);
    if (m) return { start: i, idiom: m[0] };
  }
  return null;
}

/** A short quotation that a verb opens and the term closes (“破三铁”) quotes the term. */
const SHORT_QUOTE = 6;

interface Parsed {
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

function parsedAt(text: string, i: number, spot: QuoteSpot): Parsed | null {
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
  if (!TWO_NUMERALS.test(text.slice(i, i + 2))) return null;
  const ahead = text.slice(i + 2, i + 2 + CODED_HEAD);
  let best = -1;
  for (const noun of CODE_NOUNS) {
    const at = ahead.indexOf(noun);
    if (at >= 0 && /^\p{Script=Han}*$/u.test(ahead.slice(0, at))) best = Math.max(best, at + noun.length);
  }
  return best > 0 ? readCodedName(text.slice(i), best + 2) : null;
}

const COUNTED_UNITS = [...QUANTITY_UNIT_LIST, ...ENTITY_NOUN_LIST];

/** A quantity or a discourse count named by its unit (五年乃至更 → 五年, 六个方面加强 → 六个方面). */
function namedByUnit(term: ParsedTerm, units: readonly string[]): ParsedTerm {
  const unit = units.find((u) => term.parts[0]!.head.startsWith(u));
  return unit ? shortened(term, unit) : term;
}

/**
 * Calendar names are runs of two numerals or more (七一, 十一五) or a numeral before 大, 届, 中全会, ·,
 * 星, 号 or A: a quick test that spares the rules for the common numerals of running text.
 */
function mayBeCalendar(ahead: string): boolean {
  const run = /^[一二两三四五六七八九十0-9０-９]+/.exec(ahead)?.[0] ?? '';
  return run.length >= 2 || /^[大届中星号AＡ·・.]/.test(ahead.slice(run.length));
}

/** Enough text after a numeral for any pattern here (terms are short). */
const WINDOW = 40;

function candidateAt(text: string, i: number, spot: QuoteSpot): Site | null {
  const before = text.slice(Math.max(0, i - 4), i);
  const ahead = text.slice(i, i + WINDOW);
  for (const rule of mayBeCalendar(ahead) ? CALENDAR_RULES : []) {
    if (rule.before && !rule.before.test(before)) continue;
    const m = rule.pattern.exec(ahead);
    if (m) return { start: i, end: i + m[0].length, term: plain(m[0]), quoted: 'none', kind: rule.kind, reason: rule.reason, evidence: [] };
  }
  const idiom = idiomAt(text, i);
  if (idiom) {
    const end = idiom.start + idiom.idiom.length;
    return { start: idiom.start, end, term: plain(idiom.idiom), quoted: 'none', kind: 'idiom', reason: '含数字的成语或惯用语', evidence: [] };
  }
  if (/[0-9０-９NnXx]/.test(text[i]!)) return digitCandidateAt(text, i, spot.ends);
  const parsed = parsedAt(text, i, spot);
  if (!parsed) return null;
  let { term, start } = parsed;
  if (term.form === 'simple' && term.n === 1) {
    // 一个, 一批: a single thing is not a set, unless it opens a known one (一个中心、两个基本点).
    const known = lexiconTermAt(text, i);
    if (!known) return null;
    term = parseTermExact(known) ?? term;
    return { start: i, end: i + known.length, term, quoted: parsed.quoted, kind: 'formulation', evidence: ['lexicon'] };
  }
  const exclusion = exclusionOf(term, { quoted: parsed.quoted !== 'none' });
  if (exclusion && term.lead) {
    // The lead names a set only: a plain count is named from its numeral (“未来五年定百年” → 五年).
    start += term.lead.length;
    term = { text: term.text.slice(term.lead.length), form: term.form, parts: term.parts, n: term.n };
  }
  if (exclusion) {
    // A count is named by its unit, also when more words ran on as if a compound (百年历史又一次表明 → 百年).
    const byUnit = term.form === 'simple' || (term.form === 'compound' && exclusion.kind === 'quantity');
    const shown = byUnit ? namedByUnit(term, exclusion.kind === 'discourse' ? DISCOURSE_HEAD_LIST : COUNTED_UNITS) : term;
    return { start, end: start + shown.text.length, term: shown, quoted: parsed.quoted, kind: exclusion.kind, reason: exclusion.reason, evidence: [] };
  }
  const evidence: FindingEvidence[] = [];
  if (parsed.quoted !== 'none') evidence.push('quoted');
  if (term.form === 'compound' || term.form === 'composite') evidence.push('compound');
  const first = term.parts[0]!;
  if (term.form === 'simple' && first.numeral === '双') {
    evidence.push('double-prefix');
    if (parsed.quoted === 'none') term = shortened(term, setHeadAt(text, start + 1) ?? first.head.slice(0, PROMOTED_DEFAULT_HEAD));
  }
  const pattern = term.form === 'simple' ? headPattern(first) : undefined;
  if (pattern) {
    evidence.push('head-pattern');
    if (parsed.quoted === 'none') term = shortened(term, pattern);
  }
  if (term.form === 'simple' && first.classifier === SET_CLASSIFIER && first.head.length >= 2) {
    evidence.push('set-classifier');
    if (parsed.quoted === 'none') term = shortened(term, setHeadAt(text, start + first.numeral.length + 1) ?? first.head.slice(0, PROMOTED_DEFAULT_HEAD));
  }
  if (term.form === 'code') evidence.push('formula');
  return { start, end: start + term.text.length, term, quoted: parsed.quoted, kind: 'formulation', evidence };
}

export function findCandidates(paragraphs: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  paragraphs.forEach((text, paragraph) => {
    const spotAt = quoteWalker(quotationsOf(text));
    let resume = 0;
    for (const m of text.matchAll(NUMBER_START_G)) {
      const i = m.index;
      if (i < resume || !canStart(text, i)) continue;
      const site = candidateAt(text, i, spotAt(i));
      if (!site || site.start < resume) continue;
      out.push({ paragraph, ...site });
      resume = site.end;
    }
  });
  return out;
}
