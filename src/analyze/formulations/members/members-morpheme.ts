/**
 * Members found by the coined morpheme: a list near a use of the term (in its paragraph, within
 * LIST_REACH characters) whose n items all begin or all end with the term's head: 关键也在全，就是
 * 全地域、全领域、全要素、全功能 … 都要落实四全. A matching list in another paragraph is only alike,
 * not tied to the term (“四稳”工作 here, 稳就业、稳企业… three paragraphs on).
 */
import { LIST_REACH, type FoundMembers, type TermAt } from './found-members.js';
import { fitItems } from './fit-items.js';
import type { Item } from './list-items.js';
import { listsOf } from './paragraph-cache.js';

const consistent = (items: readonly Item[], head: string): boolean =>
  items.every((it) => it.text.startsWith(head) && it.text.length > head.length) ||
  items.every((it) => it.text.endsWith(head) && it.text.length > head.length);

const uniform = (items: readonly Item[]): boolean => items.every((it) => it.text.length === items[0]!.text.length);

/**
 * Characters between a list and the nearest use of the term in its paragraph (`starts`: the uses'
 * offsets there, in order), Infinity if none. A binary search: a paragraph may be a whole file.
 */
function distance(items: readonly Item[], starts: readonly number[], termLength: number): number {
  const from = items[0]!.start;
  const to = items[items.length - 1]!.end;
  let lo = 0;
  for (let hi = starts.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < starts.length ? starts[lo]! - to : Infinity;
  const before = lo > 0 ? Math.max(0, from - (starts[lo - 1]! + termLength)) : Infinity;
  return Math.min(after, before);
}

export function membersByMorpheme(paragraphs: readonly string[], uses: readonly TermAt[], n: number | null, heads: readonly string[]): FoundMembers | null {
  if (n === null || n < 2 || uses.length === 0 || heads.length !== 1 || heads[0]!.length > 2) return null;
  const head = heads[0]!;
  let best: { items: Item[]; score: number } | null = null;
  const startsByParagraph = new Map<number, number[]>();
  for (const use of uses) {
    const starts = startsByParagraph.get(use.paragraph);
    if (starts) starts.push(use.start);
    else startsByParagraph.set(use.paragraph, [use.start]);
  }
  const termLength = uses[0]!.end - uses[0]!.start;
  for (const [paragraph, starts] of startsByParagraph) {
    for (const list of listsOf(paragraphs, paragraph)) {
      // Cheap checks first: the size n (or n−1 before a conjunction is split) and the head in every item.
      if ((list.length !== n && list.length !== n - 1) || !list.every((it) => it.text.includes(head))) continue;
      const items = fitItems(list, n);
      if (items.length !== n || !consistent(items, head)) continue;
      const gap = distance(items, starts, termLength);
      if (gap > LIST_REACH) continue;
      // Regular lists first (a typo such as 全功 for 全功能 loses), then the nearest to a use.
      const score = (uniform(items) ? 0 : LIST_REACH + 1) + gap;
      if (!best || score < best.score) best = { items, score };
    }
  }
  return best ? { strategy: 'shared-morpheme', items: (best as { items: Item[] }).items } : null;
}
