/**
 * Members found by the coined morpheme alone: a list anywhere in the speech whose n items all begin
 * or all end with the term's head (四全 ← 全地域、全领域、全要素、全功能, spelled out paragraphs away).
 */
import type { FoundMembers, TermAt } from './found-members.js';
import { fitItems, type Item } from './list-items.js';
import { listsOf } from './paragraph-cache.js';

const consistent = (items: readonly Item[], head: string): boolean =>
  items.every((it) => it.text.startsWith(head) && it.text.length > head.length) ||
  items.every((it) => it.text.endsWith(head) && it.text.length > head.length);

const uniform = (items: readonly Item[]): boolean => items.every((it) => it.text.length === items[0]!.text.length);

export function membersByMorpheme(paragraphs: readonly string[], uses: readonly TermAt[], n: number | null, heads: readonly string[]): FoundMembers | null {
  if (n === null || n < 2 || uses.length === 0 || heads.length !== 1 || heads[0]!.length > 2) return null;
  const head = heads[0]!;
  const firstUse = uses[0]!.paragraph;
  let best: { items: Item[]; score: number } | null = null;
  paragraphs.forEach((_text, paragraph) => {
    for (const list of listsOf(paragraphs, paragraph)) {
      // Cheap checks first: the size n (or n−1 before a conjunction is split) and the head in every item.
      if ((list.length !== n && list.length !== n - 1) || !list.every((it) => it.text.includes(head))) continue;
      const items = fitItems(list, n);
      if (items.length !== n || !consistent(items, head)) continue;
      // Regular lists first (a typo such as 全功 for 全功能 loses), then the nearest to the first use.
      const score = (uniform(items) ? 0 : 1000) + Math.abs(paragraph - firstUse);
      if (!best || score < best.score) best = { items, score };
    }
  });
  return best ? { strategy: 'shared-morpheme', items: (best as { items: Item[] }).items } : null;
}
