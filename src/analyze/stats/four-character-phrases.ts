/** The share of four-character clauses (四字格): 认清形势、提高认识 — a mark of the genre's cadence. */
import type { FourCharacterStats } from './types.js';
import { compareChinese } from '../../text/compare-chinese.js';
import { charKind, isSurrogate } from '../../text/char-class.js';

const CLAUSE_BREAK = /[\s，。、；：！？（）()《》〈〉…—·,.;:!?]/u;
/** Quotation marks do not end a clause: 向“品牌建设”为主转变 is one clause, not 为主转变. */
const QUOTES = /[“”‘’"'「」『』]/gu;
const QUOTE = new RegExp(QUOTES.source, 'u');
const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const COMMON_SHOWN = 10;

const OTHER = 0;
const BREAK = 1;
/** A quotation mark or half of a surrogate pair: its clause is read as a string. */
const SPECIAL = 2;
const HAN_CHAR = 3;
const kindOf = charKind((ch) => {
  if (CLAUSE_BREAK.test(ch)) return BREAK;
  if (QUOTE.test(ch) || isSurrogate(ch.charCodeAt(0))) return SPECIAL;
  return HAN.test(ch) ? HAN_CHAR : OTHER;
});

interface Tally {
  clauses: number;
  phrases: number;
  readonly counts: Map<string, number>;
}

function notePhrase(phrase: string, tally: Tally): void {
  tally.phrases++;
  tally.counts.set(phrase, (tally.counts.get(phrase) ?? 0) + 1);
}

function countClause(clause: string, tally: Tally): void {
  if (!HAN.test(clause)) return;
  tally.clauses++;
  if (clause.length === 4 && HAN_ONLY.test(clause)) notePhrase(clause, tally);
}

/**
 * Counts the clauses of one paragraph in one pass over its code units. A clause with a quotation
 * mark (dropped from it) or a surrogate pair is read as a string; the others by their code units.
 */
function tallyParagraph(text: string, tally: Tally): void {
  let start = 0;
  let han = 0;
  let plain = true;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? kindOf(text.charCodeAt(i)) : BREAK;
    if (kind !== BREAK) {
      if (kind === SPECIAL) plain = false;
      else if (kind === HAN_CHAR) han++;
      continue;
    }
    if (!plain) countClause(text.slice(start, i).replace(QUOTES, ''), tally);
    else if (han > 0) {
      tally.clauses++;
      if (i - start === 4 && han === 4) notePhrase(text.slice(start, i), tally);
    }
    start = i + 1;
    han = 0;
    plain = true;
  }
}

const byCount = (a: readonly [string, number], b: readonly [string, number]): number => b[1] - a[1] || compareChinese(a[0], b[0]);

/**
 * The COMMON_SHOWN first phrases in the order of byCount, as a stable sort of them all would give
 * (a tie keeps the order of first use): one pass that keeps the best few, since sorting thousands
 * of phrases used once compared most of them by pinyin.
 */
function mostCommon(counts: ReadonlyMap<string, number>): [string, number][] {
  const best: [string, number][] = [];
  for (const entry of counts) {
    if (best.length === COMMON_SHOWN && byCount(best[COMMON_SHOWN - 1]!, entry) <= 0) continue;
    let at = best.length;
    while (at > 0 && byCount(best[at - 1]!, entry) > 0) at--;
    best.splice(at, 0, entry);
    if (best.length > COMMON_SHOWN) best.pop();
  }
  return best;
}

export function fourCharacterPhrases(paragraphs: readonly string[]): FourCharacterStats {
  const tally: Tally = { clauses: 0, phrases: 0, counts: new Map() };
  for (const text of paragraphs) tallyParagraph(text, tally);
  const { clauses, phrases, counts } = tally;
  const common = mostCommon(counts).map(([phrase, count]) => ({ phrase, count }));
  return { phrases, clauses, share: clauses ? Math.round((phrases / clauses) * 1000) / 1000 : 0, common };
}
