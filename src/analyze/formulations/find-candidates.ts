/**
 * Finds every numbered term in the paragraphs and says what it is: a formulation (with the
 * evidence it carries by itself), or a period, ordinal, date, grade, idiom, distributive slogan,
 * quantity or discourse count. Unquoted terms without evidence come back as formulations with no
 * evidence: repetition, members or the lexicon may still promote them (find-terms).
 */
import { CALENDAR_RULES } from './calendar-terms.js';
import { exclusionOf, headPattern } from './classify-term.js';
import { DISCOURSE_HEAD_LIST } from './discourse-heads.js';
import { ALL_IDIOMS } from './fixed-expressions.js';
import { CODE_FOLLOWERS } from './formulation-heads.js';
import { lexiconTermAt } from './lexicon.js';
import { indexByCharacter, numeralWordAt, wordCovering } from './numeral-words.js';
import { ENTITY_NOUN_LIST, QUANTITY_UNIT_LIST } from './quantity-units.js';
import { digitCodeSum } from './numerals.js';
import { parseTermExact, parseTermPrefix, partText, readFormula, readParts, type ParsedTerm } from './parse-term.js';
import type { FindingEvidence, NumberedTermKind } from './types.js';

export interface Candidate {
  readonly paragraph: number;
  /** Offsets in the paragraph's value. */
  readonly start: number;
  readonly end: number;
  readonly term: ParsedTerm;
  readonly quoted: 'whole' | 'prefix' | 'none';
  readonly kind: NumberedTermKind;
  readonly reason?: string;
  readonly evidence: readonly FindingEvidence[];
}

const QUOTATION = /[“"「『]([^“”"「」『』\n]{1,40})[”"」』]/g;
/** Single quotation marks, usually nested in double ones: “建设‘五彩嘉兴’定位目标”. */
const INNER_QUOTATION = /‘([^‘’\n]{1,40})’/g;
const NUMBER_START = /[一二两三四五六七八九十百千万双0-9０-９]/;
const NUMBER_START_G = /[一二两三四五六七八九十百千万双0-9０-９NnXx]/g;
const INSIDE_NUMBER = /[零〇一二两三四五六七八九十百千万双0-9０-９A-Za-z.．%]/;
/** 第五次, 每一名, 这两年, 几个: an ordinal or a determiner, not a count of a set. */
const DETERMINERS = /[第每这那哪某几其]/;
const CODE_NOUNS = CODE_FOLLOWERS.flatMap((g) => g.nouns).sort((a, b) => b.length - a.length);
const PROMOTED_DEFAULT_HEAD = 2;

function canStart(text: string, i: number): boolean {
  const ch = text[i]!;
  const opensFormula = /[NnXx]/.test(ch) && /[+＋]/.test(text[i + 1] ?? '');
  if (!NUMBER_START.test(ch) && !opensFormula) return false;
  const prev = text[i - 1] ?? '';
  return !INSIDE_NUMBER.test(prev) && !DETERMINERS.test(prev) && !numeralWordAt(text, i);
}

const plain = (text: string, n: number | null = null): ParsedTerm => ({ text, form: 'simple', parts: [], n });

const IDIOMS_BY_CHARACTER = indexByCharacter(ALL_IDIOMS);

function idiomAt(text: string, i: number): { start: number; idiom: string } | null {
  const found = wordCovering(IDIOMS_BY_CHARACTER, text, i);
  return found ? { start: found.start, idiom: found.word } : null;
}

type Site = Omit<Candidate, 'paragraph'>;

/** What a digit count counts: its unit (年, 万, 公里, %), or a classifier and noun (12个支部). */
function quantityUnit(after: string): string {
  const unit = QUANTITY_UNIT_LIST.find((u) => after.startsWith(u));
  if (unit) return unit;
  const m = /^([个项名位种类]?)(\p{Script=Han}{0,6})/u.exec(after)!;
  const noun = ENTITY_NOUN_LIST.find((n) => m[2]!.startsWith(n));
  return m[1]! + (noun ?? m[2]!.slice(0, 4).replace(/[的了和与及或等着之都已].*$/u, ''));
}

function digitsAt(text: string, i: number, quoteEnd: number | undefined): Site | null {
  const formula = readFormula(text, i);
  if (formula && !/^[0-9０-９]+$/.test(formula.text)) {
    const quoted = quoteEnd === i + formula.text.length ? 'whole' : 'none';
    return { start: i, end: i + formula.text.length, term: formula, quoted, kind: 'formulation', evidence: ['formula'] };
  }
  const digits = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/.exec(text.slice(i));
  if (!digits) return null;
  const end = i + digits[0].length;
  const after = text.slice(end).replace(/^[”"」』]/, '');
  const isYear = /^(?:19|20)\d\d$/.test(digits[0]);
  if (digits[0].length >= 2 && !isYear && CODE_NOUNS.some((noun) => after.startsWith(noun))) {
    const term = { text: digits[0], form: 'code' as const, parts: [], n: digitCodeSum(digits[0]) };
    return { start: i, end, term, quoted: quoteEnd === end ? 'whole' : 'none', kind: 'formulation', evidence: ['formula'] };
  }
  const unit = quantityUnit(text.slice(end));
  return { start: i, end: end + unit.length, term: plain(digits[0] + unit), quoted: 'none', kind: 'quantity', reason: '阿拉伯数字计数的普通数量', evidence: [] };
}

function parsedAt(text: string, i: number, quoteEnd: number | undefined): { term: ParsedTerm; quoted: Candidate['quoted'] } | null {
  if (quoteEnd !== undefined) {
    const content = text.slice(i, quoteEnd);
    const exact = parseTermExact(content);
    if (exact) return { term: exact, quoted: 'whole' };
    const prefix = parseTermPrefix(content, PROMOTED_DEFAULT_HEAD);
    return prefix ? { term: prefix, quoted: 'prefix' } : null;
  }
  const read = readParts(text, i, false);
  if (!read) return null;
  const term = parseTermExact(text.slice(i, read.end)) ?? { text: text.slice(i, read.end), form: 'simple' as const, parts: read.parts, n: read.parts[0]!.value };
  return { term, quoted: 'none' };
}

const COUNTED_UNITS = [...QUANTITY_UNIT_LIST, ...ENTITY_NOUN_LIST];

/** A quantity or a discourse count named by its unit (五年乃至更 → 五年, 六个方面加强 → 六个方面). */
function namedByUnit(term: ParsedTerm, units: readonly string[]): ParsedTerm {
  const unit = units.find((u) => term.parts[0]!.head.startsWith(u));
  return unit ? shortened(term, unit) : term;
}

/** Cuts an unquoted simple term to the head its evidence names (双五星创评 → 双五星, 三位一体的 → 三位一体). */
function shortened(term: ParsedTerm, head: string): ParsedTerm {
  const part = { ...term.parts[0]!, head };
  return { text: partText(part), form: 'simple', parts: [part], n: term.n };
}

/** Enough text after a numeral for any pattern here (terms are short). */
const WINDOW = 40;

function candidateAt(text: string, i: number, quoteEnd: number | undefined): Site | null {
  const before = text.slice(Math.max(0, i - 4), i);
  const ahead = text.slice(i, i + WINDOW);
  for (const rule of CALENDAR_RULES) {
    if (rule.before && !rule.before.test(before)) continue;
    const m = rule.pattern.exec(ahead);
    if (m) return { start: i, end: i + m[0].length, term: plain(m[0]), quoted: 'none', kind: rule.kind, reason: rule.reason, evidence: [] };
  }
  const idiom = idiomAt(text, i);
  if (idiom) {
    const end = idiom.start + idiom.idiom.length;
    return { start: idiom.start, end, term: plain(idiom.idiom), quoted: 'none', kind: 'idiom', reason: '含数字的成语或惯用语', evidence: [] };
  }
  if (/[0-9０-９NnXx]/.test(text[i]!)) return digitsAt(text, i, quoteEnd);
  const parsed = parsedAt(text, i, quoteEnd);
  if (!parsed) return null;
  let { term } = parsed;
  if (term.form === 'simple' && term.n === 1) {
    // 一个, 一批: a single thing is not a set, unless it opens a known one (一个中心、两个基本点).
    const known = lexiconTermAt(text, i);
    if (!known) return null;
    term = parseTermExact(known) ?? term;
    return { start: i, end: i + known.length, term, quoted: parsed.quoted, kind: 'formulation', evidence: ['lexicon'] };
  }
  const exclusion = exclusionOf(term);
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
    const quotes = new Map<number, number>();
    for (const pattern of [QUOTATION, INNER_QUOTATION]) {
      for (const m of text.matchAll(pattern)) quotes.set(m.index + 1, m.index + m[0].length - 1);
    }
    let resume = 0;
    for (const m of text.matchAll(NUMBER_START_G)) {
      const i = m.index;
      if (i < resume || !canStart(text, i)) continue;
      const site = candidateAt(text, i, quotes.get(i));
      if (!site) continue;
      out.push({ paragraph, ...site });
      resume = site.end;
    }
  });
  return out;
}
