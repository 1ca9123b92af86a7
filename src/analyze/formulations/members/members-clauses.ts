/**
 * Members that open the clauses after the term's own, one clause each, named by the head's last
 * character: 五大片区共兴发展不断深化，成都平原经济区经济总量达到4万亿元…，川南经济区…，川东北经济区…，
 * 攀西经济区…，川西北生态示范区绿色发展特色更加鲜明。
 */
import type { FoundMembers, TermAt } from './found-members.js';
import { sliceItem, splitItems } from './list-items.js';

/** Fewer clauses are as often a plain continuation as members. */
const FEWEST = 3;
/** A member is a short noun at the clause's start: the head's character within this many. */
const MEMBER_REACH = 8;

export function membersInClauses(text: string, at: TermAt, n: number | null, heads: readonly string[]): FoundMembers | null {
  const head = heads[0];
  if (n === null || n < FEWEST || !head || head.length < 2) return null;
  const mark = head.slice(-1);
  const sentenceEnd = text.slice(at.end).search(/[。！？；]/);
  const end = sentenceEnd < 0 ? text.length : at.end + sentenceEnd;
  const clauseEnd = text.indexOf('，', at.end);
  if (clauseEnd < 0 || clauseEnd >= end) return null;
  const clauses = splitItems(text, at.paragraph, clauseEnd + 1, end, /，/);
  if (clauses.length !== n) return null;
  const items = [];
  for (const clause of clauses) {
    const k = clause.text.indexOf(mark);
    if (k < 1 || k >= MEMBER_REACH || !/^\p{Script=Han}+$/u.test(clause.text.slice(0, k + 1))) return null;
    items.push(sliceItem(clause, 0, k + 1));
  }
  return new Set(items.map((it) => it.text)).size === n ? { strategy: 'clauses-after', items } : null;
}
