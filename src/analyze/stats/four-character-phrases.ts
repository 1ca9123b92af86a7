/** The share of four-character clauses (四字格): 认清形势、提高认识 — a mark of the genre's cadence. */
import type { FourCharacterStats } from './types.js';
import { compareChinese } from '../../text/compare-chinese.js';

const CLAUSE_BREAK = /[\s，。、；：！？（）()《》〈〉…—·,.;:!?]+/u;
/** Quotation marks do not end a clause: 向“品牌建设”为主转变 is one clause, not 为主转变. */
const QUOTES = /[“”‘’"'「」『』]/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const COMMON_SHOWN = 10;

export function fourCharacterPhrases(paragraphs: readonly string[]): FourCharacterStats {
  const counts = new Map<string, number>();
  let clauses = 0;
  let phrases = 0;
  for (const text of paragraphs) {
    for (const clause of text.replace(QUOTES, '').split(CLAUSE_BREAK)) {
      if (!/\p{Script=Han}/u.test(clause)) continue;
      clauses++;
      if (clause.length === 4 && HAN_ONLY.test(clause)) {
        phrases++;
        counts.set(clause, (counts.get(clause) ?? 0) + 1);
      }
    }
  }
  const common = [...counts]
    .sort((a, b) => b[1] - a[1] || compareChinese(a[0], b[0]))
    .slice(0, COMMON_SHOWN)
    .map(([phrase, count]) => ({ phrase, count }));
  return { phrases, clauses, share: clauses ? Math.round((phrases / clauses) * 1000) / 1000 : 0, common };
}
