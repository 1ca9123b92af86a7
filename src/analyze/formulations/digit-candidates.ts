/**
 * Numbered terms written with digits: formulas (1+10+N), codes (“8337”发展思路), quoted terms with
 * a digit numeral (“4城同创”), and otherwise plain counts (23项具体任务, 1993年, 60%).
 */
import { plain, type Site } from './candidate.js';
import { exclusionOf } from './classify-term.js';
import { CODE_FOLLOWERS } from './formulation-heads.js';
import { digitCodeSum } from './numerals.js';
import { parseDigitTerm, readFormula } from './parse-term.js';
import { ENTITY_NOUN_LIST, QUANTITY_UNIT_LIST } from './quantity-units.js';

const CODE_NOUNS = CODE_FOLLOWERS.flatMap((g) => g.nouns).sort((a, b) => b.length - a.length);

/** What a digit count counts: its unit (年, 万, 公里, %), or a classifier and noun (12个支部). */
function quantityUnit(after: string): string {
  const unit = QUANTITY_UNIT_LIST.find((u) => after.startsWith(u));
  if (unit) return unit;
  const m = /^([个项名位种类]?)(\p{Script=Han}{0,6})/u.exec(after)!;
  const noun = ENTITY_NOUN_LIST.find((n) => m[2]!.startsWith(n));
  return m[1]! + (noun ?? m[2]!.slice(0, 4).replace(/[的了和与及或等着之都已].*$/u, ''));
}

/** A whole quotation such as “4城同创”: a term with a digit numeral, classified like any other. */
function quotedDigitTerm(text: string, i: number, quoteEnd: number | undefined): Site | null {
  const term = quoteEnd === undefined ? null : parseDigitTerm(text.slice(i, quoteEnd));
  if (!term || term.n === 1) return null;
  const exclusion = exclusionOf(term, { digitsCount: false, quoted: true });
  const site = { start: i, end: quoteEnd!, term, quoted: 'whole' as const };
  return exclusion ? { ...site, kind: exclusion.kind, reason: exclusion.reason, evidence: [] } : { ...site, kind: 'formulation', evidence: ['quoted'] };
}

/** The term at digit (or open N) i; `quoteEnd` is set when a quotation starts there. */
export function digitCandidateAt(text: string, i: number, quoteEnd: number | undefined): Site | null {
  const quoted = quotedDigitTerm(text, i, quoteEnd);
  if (quoted) return quoted;
  const formula = readFormula(text, i);
  if (formula && !/^[0-9０-９]+$/.test(formula.text)) {
    const whole = quoteEnd === i + formula.text.length ? 'whole' : 'none';
    return { start: i, end: i + formula.text.length, term: formula, quoted: whole, kind: 'formulation', evidence: ['formula'] };
  }
  const digits = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/.exec(text.slice(i, i + 40));
  if (!digits) return null;
  const end = i + digits[0].length;
  const after = text.slice(end, end + 40).replace(/^[”"」』]/, '');
  const isYear = /^(?:19|20)\d\d$/.test(digits[0]);
  if (digits[0].length >= 2 && !isYear && CODE_NOUNS.some((noun) => after.startsWith(noun))) {
    const term = { text: digits[0], form: 'code' as const, parts: [], n: digitCodeSum(digits[0]) };
    return { start: i, end, term, quoted: quoteEnd === end ? 'whole' : 'none', kind: 'formulation', evidence: ['formula'] };
  }
  const unit = quantityUnit(text.slice(end, end + 40));
  return { start: i, end: end + unit.length, term: plain(digits[0] + unit), quoted: 'none', kind: 'quantity', reason: '阿拉伯数字计数的普通数量', evidence: [] };
}
