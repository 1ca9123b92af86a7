/**
 * Tells a parsed numbered term that is not a formulation apart, by the exclusion tables:
 * distributive slogans, plain quantities, discourse counts. Calendar names and idioms are matched
 * on the raw text before parsing (find-candidates).
 */
import { DISCOURSE_HEAD_LIST } from './discourse-heads.js';
import { ALL_DISTRIBUTIVE_UNITS } from './fixed-expressions.js';
import { FORMULATION_HEAD_PATTERNS, SET_CLASSIFIER, SET_NOUNS } from './formulation-heads.js';
import type { ParsedTerm } from './parsed-term.js';
import { COUNTED_PLACES, ENTITY_NOUN_LIST, QUANTITY_UNIT_LIST } from './quantity-units.js';
import type { NumberedTermKind, TermPart } from './types.js';

export interface Exclusion {
  readonly kind: Exclude<NumberedTermKind, 'formulation'>;
  readonly reason: string;
}

/** Above this a Chinese numeral counts things (百强, 千人), not the members of a set. */
const LARGEST_SET = 20;

const startsWithAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.startsWith(w));
/** A quotation names the whole head (“三个区分开来” is not 三个区): unquoted heads are cut short, so a prefix tells. */
const headIs = (head: string, words: readonly string[], quoted: boolean): boolean => (quoted ? words.includes(head) : startsWithAny(head, words));
const HAN_NUMERAL = /^[一二两三四五六七八九十]/;
const SET_NOUN_LIST = SET_NOUNS.flatMap((g) => g.nouns);

/** The head pattern (八大行动, 三位一体) the part opens with, if any. */
export function headPattern(part: TermPart): string | undefined {
  for (const p of FORMULATION_HEAD_PATTERNS) {
    if (p.classifier !== part.classifier) continue;
    const head = p.heads.find((h) => part.head.startsWith(h));
    if (head) return head;
  }
  return undefined;
}

function isDistributive(term: ParsedTerm): boolean {
  if (term.parts.length < 2 || !term.parts.every((p) => p.value === 1)) return false;
  return [...ALL_DISTRIBUTIVE_UNITS].some((unit) => term.parts[0]!.head.startsWith(unit));
}

function isQuantity(part: TermPart, digitsCount: boolean, quoted: boolean): boolean {
  if (headPattern(part)) return false;
  // Running text counts with 两 and digits; 双 (双轮驱动) and a Han numeral with 大 (三大科创高地) name sets.
  if (part.numeral === '双' || (part.classifier === SET_CLASSIFIER && HAN_NUMERAL.test(part.numeral))) return false;
  if (!quoted && part.classifier === '' && COUNTED_PLACES.units.includes(part.head[0] ?? '')) return true;
  if (digitsCount && /^[0-9０-９]/.test(part.numeral)) return true;
  if ((part.value ?? 0) > LARGEST_SET) return true;
  // 两个多月, 三年多: 多 or 余 makes a count approximate, never a set.
  if (/^[多余]/.test(part.head)) return true;
  if (startsWithAny(part.head, QUANTITY_UNIT_LIST) && part.classifier === '') return true;
  return part.classifier === '个' && (headIs(part.head, ENTITY_NOUN_LIST, quoted) || headIs(part.head, QUANTITY_UNIT_LIST, quoted));
}

/** A head that goes on to name a set (十大重点领域: 重点 + 领域) is no count of the speech's points. */
const namesSet = (head: string): boolean => SET_NOUN_LIST.some((noun) => head.endsWith(noun) && head.length > noun.length);

const isDiscourse = (part: TermPart, quoted: boolean): boolean =>
  part.classifier === '点' || (headIs(part.head, DISCOURSE_HEAD_LIST, quoted) && !namesSet(part.head));

/**
 * Why a term is not a formulation, or null. Digits count things in running text (23项具体任务);
 * `digitsCount: false` reads them as the numeral of a quoted term (“4城同创”). Places counted
 * without a classifier (东北三省) are a quantity unless `quoted` (“三区三州”).
 */
export function exclusionOf(term: ParsedTerm, { digitsCount = true, quoted = false } = {}): Exclusion | null {
  if (term.form === 'formula' || term.form === 'code') return null;
  if (isDistributive(term)) return { kind: 'distributive', reason: '“一X一Y”式分配口号（每个X一个Y），不是数字提法' };
  if (term.parts.some((p) => isQuantity(p, digitsCount, quoted))) return { kind: 'quantity', reason: '人、钱、时间、地方或事物的普通数量' };
  if (term.form !== 'composite' && term.parts.some((p) => isDiscourse(p, quoted))) return { kind: 'discourse', reason: '讲话自身的条目计数（如“五个方面”“三点意见”），属于预告而非提法' };
  return null;
}
