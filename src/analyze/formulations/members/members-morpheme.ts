/**
 * Members found by the coined morpheme: a list near a use of the term (in its paragraph, within
 * LIST_REACH characters) whose n items all begin or all end with the term's head: 关键也在全，就是
 * 全地域、全领域、全要素、全功能 … 都要落实四全. A matching list in another paragraph is only alike,
 * not tied to the term (“四稳”工作 here, 稳就业、稳企业… three paragraphs on).
 */
import { LIST_REACH, type FoundMembers, type TermAt } from './found-members.js';
import { fitItems, type Item } from './list-items.js';
import { listsOf } from './paragraph-cache.js';

const consistent = (items: readonly Item[], head: string): boolean =>
  items.every((it) => it.text.startsWith(head) && it.text.length > head.length) ||
  items.every((it) => it.text.endsWith(head) && it.text.length > head.length);

const uniform = (items: readonly Item[]): boolean => items.every((it) => it.text.length === items[0]!.text.length);

/** Characters between a list and a use of the term, or Infinity in another paragraph. */
function distance(items: readonly Item[], uses: readonly TermAt[]): number {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  let best = Infinity;
  for (const use of uses) {
    if (use.paragraph !== first.paragraph) continue;
    best = Math.min(best, use.start >= last.end ? use.start - last.end : Math.max(0, first.start - use.end));
  }
  return best;
}

export function membersByMorpheme(paragraphs: readonly string[], uses: readonly TermAt[], n: number | null, heads: readonly string[]): FoundMembers | null {
  if (n === null || n < 2 || uses.length === 0 || heads.length !== 1 || heads[0]!.length > 2) return null;
  const head = heads[0]!;
  let best: { items: Item[]; score: number } | null = null;
  for (const paragraph of new Set(uses.map((u) => u.paragraph))) {
    for (const list of listsOf(paragraphs, paragraph)) {
      // Cheap checks first: the size n (or n−1 before a conjunction is split) and the head in every item.
      if ((list.length !== n && list.length !== n - 1) || !list.every((it) => it.text.includes(head))) continue;
      const items = fitItems(list, n);
      if (items.length !== n || !consistent(items, head)) continue;
      const gap = distance(items, uses);
      if (gap > LIST_REACH) continue;
      // Regular lists first (a typo such as 全功 for 全功能 loses), then the nearest to a use.
      const score = (uniform(items) ? 0 : LIST_REACH + 1) + gap;
      if (!best || score < best.score) best = { items, score };
    }
  }
  return best ? { strategy: 'shared-morpheme', items: (best as { items: Item[] }).items } : null;
}
