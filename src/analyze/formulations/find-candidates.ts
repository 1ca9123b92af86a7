/**
 * Finds every numbered term in the paragraphs and says what it is: a formulation (with the
 * evidence it carries by itself), or a period, ordinal, date, grade, idiom, distributive slogan,
 * quantity or discourse count. Unquoted terms without evidence come back as formulations with no
 * evidence: repetition, members or the lexicon may still promote them (find-terms).
 */
import { CALENDAR_RULES } from './calendar-terms.js';
import { charClass } from '../../text/char-class.js';
import { plain, shortened, type Candidate, type Site } from './candidate.js';
import { exclusionOf, headPattern } from './classify-term.js';
import { digitCandidateAt } from './digit-candidates.js';
import { DISCOURSE_HEAD_LIST } from './discourse-heads.js';
import { ALL_IDIOMS, NUMERAL_IDIOM_PATTERNS } from './fixed-expressions.js';
import { lexiconTermAt } from './lexicon.js';
import { indexByCharacter, numeralWordAt, wordCovering } from './numeral-words.js';
import { SET_CLASSIFIER } from './formulation-heads.js';
import { parseTermExact } from './parse-term.js';
import type { ParsedTerm } from './parsed-term.js';
import { COUNTED_UNITS } from './quantity-units.js';
import { quotationsOf, quoteWalker, type QuoteSpot } from './quotations.js';
import { setHeadAt } from './set-head.js';
import { DETERMINERS, PROMOTED_DEFAULT_HEAD, termAt } from './term-at.js';
import type { FindingEvidence } from './types.js';

const NUMBER_START = /[一二两三四五六七八九十百千万双0-9０-９]/;
const INSIDE_NUMBER = /[零〇一二两三四五六七八九十百千万双0-9０-９A-Za-z.．%]/;
const isNumberStart = charClass(NUMBER_START);
/** Where a term may start: a numeral, or N / X opening a formula (N+1). */
const isTermStart = charClass(/[一二两三四五六七八九十百千万双0-9０-９NnXx]/);
const isFormulaOpen = charClass(/[NnXx]/);
const isPlus = charClass(/[+＋]/);
const isInsideNumber = charClass(INSIDE_NUMBER);
const isDeterminer = charClass(DETERMINERS);
const isDigitStart = charClass(/[0-9０-９NnXx]/);

function canStart(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  const opensFormula = isFormulaOpen(ch) && isPlus(text.charCodeAt(i + 1));
  if (!isNumberStart(ch) && !opensFormula) return false;
  const prev = text.charCodeAt(i - 1);
  return !isInsideNumber(prev) && !isDeterminer(prev) && !numeralWordAt(text, i);
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


/** A quantity or a discourse count named by its unit (五年乃至更 → 五年, 六个方面加强 → 六个方面, 两个多月艰苦 → 两个多月). */
function namedByUnit(term: ParsedTerm, units: readonly string[]): ParsedTerm {
  const { head } = term.parts[0]!;
  const about = /^[多余]/.test(head) ? head[0]! : '';
  const unit = units.find((u) => head.startsWith(u, about.length));
  return unit ? shortened(term, about + unit) : term;
}

const isCalendarNumeral = charClass(/[一二两三四五六七八九十0-9０-９]/);
const isCalendarFollower = charClass(/[大届中星号AＡ·・.]/);

/** Enough text after a numeral for any pattern here (terms are short). */
const WINDOW = 40;

/**
 * Calendar names are runs of two numerals or more (七一, 十一五) or a numeral before 大, 届, 中全会, ·,
 * 星, 号 or A (within WINDOW): a quick test that spares the rules for the common numerals of running text.
 */
function mayBeCalendar(text: string, i: number): boolean {
  const end = Math.min(text.length, i + WINDOW);
  let run = 0;
  while (i + run < end && isCalendarNumeral(text.charCodeAt(i + run))) run++;
  return run >= 2 || (i + run < end && isCalendarFollower(text.charCodeAt(i + run)));
}

function calendarAt(text: string, i: number): Site | null {
  const before = text.slice(Math.max(0, i - 4), i);
  const ahead = text.slice(i, i + WINDOW);
  for (const rule of CALENDAR_RULES) {
    if (rule.before && !rule.before.test(before)) continue;
    const m = rule.pattern.exec(ahead);
    if (m) return { start: i, end: i + m[0].length, term: plain(m[0]), quoted: 'none', kind: rule.kind, reason: rule.reason, evidence: [] };
  }
  return null;
}

function candidateAt(text: string, i: number, spot: QuoteSpot): Site | null {
  const calendar = mayBeCalendar(text, i) ? calendarAt(text, i) : null;
  if (calendar) return calendar;
  const idiom = idiomAt(text, i);
  if (idiom) {
    const end = idiom.start + idiom.idiom.length;
    return { start: idiom.start, end, term: plain(idiom.idiom), quoted: 'none', kind: 'idiom', reason: '含数字的成语或惯用语', evidence: [] };
  }
  if (isDigitStart(text.charCodeAt(i))) return digitCandidateAt(text, i, spot.ends);
  const parsed = termAt(text, i, spot);
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
    // The quotations are read once a numeral can start a term (many paragraphs have none).
    let spotAt: ((i: number) => QuoteSpot) | undefined;
    let resume = 0;
    // A loop over the code units: matchAll cost several times more per numeral than this per character.
    for (let i = 0; i < text.length; i++) {
      if (!isTermStart(text.charCodeAt(i)) || i < resume || !canStart(text, i)) continue;
      spotAt ??= quoteWalker(quotationsOf(text));
      const site = candidateAt(text, i, spotAt(i));
      if (!site || site.start < resume) continue;
      out.push({ paragraph, ...site });
      resume = site.end;
    }
  });
  return out;
}
