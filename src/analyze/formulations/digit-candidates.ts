/**
 * Numbered terms written with digits: formulas (1+10+N), codes (“8337”发展思路), quoted terms with
 * a digit numeral (“4城同创”), and otherwise plain counts (23项具体任务, 1993年, 60%).
 */
import { plain, type Site } from './candidate.js';
import { exclusionOf } from './classify-term.js';
import { CLASSIFIER_CHARS, CODE_FOLLOWERS, SET_CLASSIFIER, SET_NOUNS } from './formulation-heads.js';
import { digitCodeSum, numeralValue } from './numerals.js';
import { parseDigitTerm, readFormula } from './coded-terms.js';
import { ENTITY_NOUN_LIST, QUANTITY_UNIT_LIST } from './quantity-units.js';
import { setHeadAt } from './set-head.js';

export const CODE_NOUNS = CODE_FOLLOWERS.flatMap((g) => g.nouns).sort((a, b) => b.length - a.length);
const SET_NOUN_LIST = SET_NOUNS.flatMap((g) => g.nouns);

/** What a digit count counts: its unit (年, 万, 公里, %), a classifier and noun (12个支部), a set's name (7大产业集群). */
function quantityUnit(after: string): string {
  const unit = QUANTITY_UNIT_LIST.find((u) => after.startsWith(u));
  if (unit) return unit;
  const setHead = after[0] === SET_CLASSIFIER ? setHeadAt(after, 1) : undefined;
  if (setHead) return SET_CLASSIFIER + setHead;
  const m = /^([个项名位种类]?)(\p{Script=Han}{0,6})/u.exec(after)!;
  const noun = ENTITY_NOUN_LIST.find((n) => m[2]!.startsWith(n));
  return m[1]! + (noun ?? m[2]!.slice(0, 4).replace(/[的了和与及或等着之都已].*$/u, ''));
}

/** A quotation (or a piece of a quoted list) such as “4城同创”: a term with a digit numeral, classified like any other. */
function quotedDigitTerm(text: string, i: number, quoteEnd: number): Site | null {
  const term = parseDigitTerm(text.slice(i, quoteEnd));
  if (!term || term.n === 1) return null;
  const site = { start: i, end: quoteEnd, term, quoted: 'whole' as const };
  // “18条”, “15条”政策: a count of articles, not a named set.
  if (CLASSIFIER_CHARS.has(term.parts[0]!.head)) return { ...site, kind: 'quantity', reason: '条款或事项的条数', evidence: [] };
  const exclusion = exclusionOf(term, { digitsCount: false, quoted: true });
  return exclusion ? { ...site, kind: exclusion.kind, reason: exclusion.reason, evidence: [] } : { ...site, kind: 'formulation', evidence: ['quoted'] };
}

/**
 * A digit term that announces its items names a set: 牢牢把握11方面重要遵循：1.… (its head ends in a
 * set noun and the clause ends with the colon), while 10大省实验室全面布局 counts plainly.
 */
function announcedDigitTerm(text: string, i: number, digits: string): Site | null {
  const m = /^([个大项种类条篇]?)(\p{Script=Han}{2,8})：/u.exec(text.slice(i + digits.length, i + digits.length + 12));
  if (!m || !SET_NOUN_LIST.some((noun) => m[2]!.endsWith(noun))) return null;
  const part = { numeral: digits, value: numeralValue(digits), classifier: m[1]!, head: m[2]! };
  const term = { text: digits + m[1]! + m[2]!, form: 'simple' as const, parts: [part], n: part.value };
  return { start: i, end: i + term.text.length, term, quoted: 'none', kind: 'formulation', evidence: ['announces'] };
}

/** The term at digit (or open N) i; `quoteEnds` are the ends of the quotations that start there. */
export function digitCandidateAt(text: string, i: number, quoteEnds: readonly number[]): Site | null {
  for (const end of quoteEnds) {
    const quoted = quotedDigitTerm(text, i, end);
    if (quoted) return quoted;
  }
  const formula = readFormula(text, i);
  if (formula && !/^[0-9０-９]+$/.test(formula.text)) {
    const whole = quoteEnds.includes(i + formula.text.length) ? 'whole' : 'none';
    return { start: i, end: i + formula.text.length, term: formula, quoted: whole, kind: 'formulation', evidence: ['formula'] };
  }
  const digits = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/.exec(text.slice(i, i + 40));
  if (!digits) return null;
  const end = i + digits[0].length;
  const after = text.slice(end, end + 40).replace(/^[”"」』]/, '');
  const isYear = /^(?:19|20)\d\d$/.test(digits[0]);
  if (digits[0].length >= 2 && !isYear && CODE_NOUNS.some((noun) => after.startsWith(noun))) {
    const term = { text: digits[0], form: 'code' as const, parts: [], n: digitCodeSum(digits[0]) };
    return { start: i, end, term, quoted: quoteEnds.includes(end) ? 'whole' : 'none', kind: 'formulation', evidence: ['formula'] };
  }
  const announced = /^[0-9０-９]{1,2}$/.test(digits[0]) ? announcedDigitTerm(text, i, digits[0]) : null;
  if (announced) return announced;
  const unit = quantityUnit(text.slice(end, end + 40));
  return { start: i, end: end + unit.length, term: plain(digits[0] + unit), quoted: 'none', kind: 'quantity', reason: '阿拉伯数字计数的普通数量', evidence: [] };
}
