/** Items of an inline list, with their offsets in the paragraph, and the trimming that fits them. */
import { LAST_ITEM_CONJUNCTIONS, LIST_LEAD_IN_WORDS } from './list-words.js';

export interface Item {
  readonly paragraph: number;
  /** Offsets in the paragraph's value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const EDGE = /[\s“”"'‘’「」『』《》]/;

export function makeItem(paragraphText: string, paragraph: number, start: number, end: number): Item {
  while (start < end && EDGE.test(paragraphText[start]!)) start++;
  while (end > start && EDGE.test(paragraphText[end - 1]!)) end--;
  return { paragraph, start, end, text: paragraphText.slice(start, end) };
}

/** Splits [from, to) of a paragraph at each separator character. Empty items are dropped. */
export function splitItems(paragraphText: string, paragraph: number, from: number, to: number, separators: RegExp): Item[] {
  const items: Item[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || separators.test(paragraphText[i]!)) {
      const item = makeItem(paragraphText, paragraph, start, i);
      if (item.text) items.push(item);
      start = i + 1;
    }
  }
  return items;
}

const sub = (item: Item, from: number, to = item.text.length): Item => ({
  paragraph: item.paragraph,
  start: item.start + from,
  end: item.start + to,
  text: item.text.slice(from, to),
});

const uniformLength = (items: readonly Item[]): number | null =>
  items.length > 0 && items.every((it) => it.text.length === items[0]!.text.length) ? items[0]!.text.length : null;

/** 在组织覆盖 → 组织覆盖; 建立完善的教育 (others 监督, 制度) → 教育. */
function trimFirst(items: Item[]): void {
  const others = items.slice(1);
  if (others.length === 0) return;
  const shortest = Math.min(...others.map((it) => it.text.length));
  let first = items[0]!;
  for (let changed = true; changed && first.text.length > shortest; ) {
    changed = false;
    const word = LIST_LEAD_IN_WORDS.find((w) => first.text.startsWith(w) && first.text.length - w.length >= 2);
    if (word) {
      first = sub(first, word.length);
      changed = true;
    }
  }
  const same = uniformLength(others);
  if (same !== null && first.text.length > same + 1) first = sub(first, first.text.length - same);
  items[0] = first;
}

/** 全功能的全面进步全面过硬 (others 全地域, 全领域, 全要素) → 全功能. */
function trimLast(items: Item[]): void {
  const others = items.slice(0, -1);
  const same = uniformLength(others);
  const last = items[items.length - 1]!;
  if (same === null || last.text.length <= same + 1) return;
  const stop = last.text.search(/[的等之]/);
  items[items.length - 1] = sub(last, 0, stop > 0 ? stop : same);
}

/** A last item 集中学习和离岗脱产到党校培训 becomes two when one more item is needed. */
function splitLastConjunction(items: Item[], n: number | null): void {
  if (n === null || items.length !== n - 1) return;
  const last = items[items.length - 1]!;
  for (const word of LAST_ITEM_CONJUNCTIONS.words) {
    const at = last.text.lastIndexOf(word);
    if (at > 0 && at + word.length < last.text.length) {
      items.splice(items.length - 1, 1, sub(last, 0, at), sub(last, at + word.length));
      return;
    }
  }
}

export interface FitOptions {
  /** The list ends where the term begins: its last item needs no trimming. */
  readonly endsAtTerm?: boolean;
}

/** Trims a list's edges to its items' own words and splits a conjoined last item when n asks for it. */
export function fitItems(list: readonly Item[], n: number | null, options: FitOptions = {}): Item[] {
  const items = [...list];
  if (items.length === 0) return items;
  splitLastConjunction(items, n);
  trimFirst(items);
  if (!options.endsAtTerm) trimLast(items);
  return items.filter((it) => it.text.length > 0);
}
