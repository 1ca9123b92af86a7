/**
 * Finds every numbered term in the paragraphs and says what it is: a formulation (with the
 * evidence it carries by itself), or a period, ordinal, date, grade, idiom, distributive slogan,
 * quantity or discourse count. Unquoted terms without evidence come back as formulations with no
 * evidence: repetition, members or the lexicon may still promote them (find-terms).
 */
import { CALENDAR_RULES } from './calendar-terms.js';
import { plain, shortened, type Candidate, type Site } from './candidate.js';
import { exclusionOf, headPattern } from './classify-term.js';
import { digitCandidateAt } from './digit-candidates.js';
import { DISCOURSE_HEAD_LIST } from './discourse-heads.js';
import { ALL_IDIOMS } from './fixed-expressions.js';
import { lexiconTermAt } from './lexicon.js';
import { indexByCharacter, numeralWordAt, wordCovering } from './numeral-words.js';
import { parseTermExact, parseTermPrefix, readParts, type ParsedTerm } from './parse-term.js';
import { ENTITY_NOUN_LIST, QUANTITY_UNIT_LIST } from './quantity-units.js';
import type { FindingEvidence } from './types.js';

const QUOTATION = /[“"「『]([^“”"「」『』\n]{1,40})[”"」』]/g;
/** Single quotation marks, usually nested in double ones: “建设‘五彩嘉兴’定位目标”. */
const INNER_QUOTATION = /‘([^‘’\n]{1,40})’/g;
const NUMBER_START = /[一二两三四五六七八九十百千万双0-9０-９]/;
const NUMBER_START_G = /[一二两三四五六七八九十百千万双0-9０-９NnXx]/g;
const INSIDE_NUMBER = /[零〇一二两三四五六七八九十百千万双0-9０-９A-Za-z.．%]/;
/** 第五次, 每一名, 这两年, 几个: an ordinal or a determiner, not a count of a set. */
const DETERMINERS = /[第每这那哪某几其]/;
const PROMOTED_DEFAULT_HEAD = 2;

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
  return found ? { start: found.start, idiom: found.word } : null;
}

/** A quotation, by the offsets of its content. */
interface Quote {
  readonly start: number;
  readonly end: number;
}

/** A short quotation that a verb opens and the term closes (“破三铁”) quotes the term. */
const SHORT_QUOTE = 6;

function parsedAt(text: string, i: number, quote: Quote | undefined): { term: ParsedTerm; quoted: Candidate['quoted'] } | null {
  const quoteEnd = quote?.start === i ? quote.end : undefined;
  if (quoteEnd !== undefined) {
    const content = text.slice(i, quoteEnd);
    const exact = parseTermExact(content);
    if (exact) return { term: exact, quoted: 'whole' };
    const prefix = parseTermPrefix(content, PROMOTED_DEFAULT_HEAD);
    return prefix ? { term: prefix, quoted: 'prefix' } : null;
  }
  const read = readParts(text, i, false);
  if (!read) return null;
  if (quote && read.end === quote.end && quote.end - quote.start <= SHORT_QUOTE) {
    const inner = parseTermExact(text.slice(i, quote.end));
    if (inner) return { term: inner, quoted: 'whole' };
  }
  const term = parseTermExact(text.slice(i, read.end)) ?? { text: text.slice(i, read.end), form: 'simple' as const, parts: read.parts, n: read.parts[0]!.value };
  return { term, quoted: 'none' };
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

function candidateAt(text: string, i: number, quote: Quote | undefined): Site | null {
  const quoteEnd = quote?.start === i ? quote.end : undefined;
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
  if (/[0-9０-９NnXx]/.test(text[i]!)) return digitCandidateAt(text, i, quoteEnd);
  const parsed = parsedAt(text, i, quote);
  if (!parsed) return null;
  let { term } = parsed;
  if (term.form === 'simple' && term.n === 1) {
    // 一个, 一批: a single thing is not a set, unless it opens a known one (一个中心、两个基本点).
    const known = lexiconTermAt(text, i);
    if (!known) return null;
    term = parseTermExact(known) ?? term;
    return { start: i, end: i + known.length, term, quoted: parsed.quoted, kind: 'formulation', evidence: ['lexicon'] };
  }
  const exclusion = exclusionOf(term, { quoted: parsed.quoted !== 'none' });
  if (exclusion) {
    const shown = term.form === 'simple' ? namedByUnit(term, exclusion.kind === 'discourse' ? DISCOURSE_HEAD_LIST : COUNTED_UNITS) : term;
    return { start: i, end: i + shown.text.length, term: shown, quoted: parsed.quoted, kind: exclusion.kind, reason: exclusion.reason, evidence: [] };
  }
  const evidence: FindingEvidence[] = [];
  if (parsed.quoted !== 'none') evidence.push('quoted');
  if (term.form === 'compound' || term.form === 'composite') evidence.push('compound');
  const first = term.parts[0]!;
  if (term.form === 'simple' && first.numeral === '双') {
    evidence.push('double-prefix');
    if (parsed.quoted === 'none') term = shortened(term, first.head.slice(0, PROMOTED_DEFAULT_HEAD));
  }
  const pattern = term.form === 'simple' ? headPattern(first) : undefined;
  if (pattern) {
    evidence.push('head-pattern');
    if (parsed.quoted === 'none') term = shortened(term, pattern);
  }
  return { start: i, end: i + term.text.length, term, quoted: parsed.quoted, kind: 'formulation', evidence };
}

export function findCandidates(paragraphs: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  paragraphs.forEach((text, paragraph) => {
    const quotes: Quote[] = [];
    for (const pattern of [QUOTATION, INNER_QUOTATION]) {
      for (const m of text.matchAll(pattern)) quotes.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
    }
    quotes.sort((a, b) => a.start - b.start);
    // The innermost quotation holding i (the open one that starts last); sites come in order, so the
    // quotations are walked once.
    let next = 0;
    const open: Quote[] = [];
    const quoteAt = (i: number): Quote | undefined => {
      while (next < quotes.length && quotes[next]!.start <= i) open.push(quotes[next++]!);
      while (open.length && open[0]!.end <= i) open.shift();
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end > i) return open[k];
      return undefined;
    };
    let resume = 0;
    for (const m of text.matchAll(NUMBER_START_G)) {
      const i = m.index;
      if (i < resume || !canStart(text, i)) continue;
      const site = candidateAt(text, i, quoteAt(i));
      if (!site) continue;
      out.push({ paragraph, ...site });
      resume = site.end;
    }
  });
  return out;
}
