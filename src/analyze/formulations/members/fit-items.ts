/**
 * Fits a list's items to their own words: the first item loses the lead-in its clause began with,
 * the last loses what runs on after it, and a conjoined last item is split when n asks for one more.
 */
import { sliceItem, type Item } from './list-items.js';
import { CONJUNCTION_LOOKALIKES, LAST_ITEM_CONJUNCTIONS, LIST_LEAD_IN_WORDS } from './list-words.js';

const sub = sliceItem;

function commonLead(texts: readonly string[]): string {
  let end = 0;
  while (end < 2 && texts.every((t) => end < t.length - 1 && t[end] === texts[0]![end])) end++;
  return texts[0]!.slice(0, end);
}

function commonTail(texts: readonly string[]): string {
  let len = 0;
  while (texts.every((t) => len < t.length - 1 && t[t.length - 1 - len] === texts[0]![texts[0]!.length - 1 - len])) len++;
  return len ? texts[0]!.slice(-len) : '';
}

const uniformLength = (items: readonly Item[]): number | null =>
  items.length > 0 && items.every((it) => it.text.length === items[0]!.text.length) ? items[0]!.text.length : null;

/** Items up to this long are phrases (想在一起, 聚人心) rather than clauses. */
const PHRASE = 6;
/** A lead-in glued to a first item is short (集中解决 of 集中解决形式主义). */
const MAX_LEAD_IN = 4;

/**
 * 同人民想在一起 → 想在一起; 在组织覆盖 → 组织覆盖; 建立完善的教育 (others 监督, 制度) → 教育;
 * 深入开展争创工作标兵 (other 争创一流业绩) → 争创工作标兵.
 */
function trimFirst(items: Item[]): void {
  const others = items.slice(1);
  if (others.length === 0) return;
  let first = items[0]!;
  // The siblings' shared lead marks where the first item begins.
  const lead = others.length >= 2 ? commonLead(others.map((it) => it.text)) : others[0]!.text.slice(0, 1);
  const leadAt = lead ? first.text.indexOf(lead) : -1;
  if (leadAt === 0) return;
  if (leadAt > 0 && first.text.length - leadAt >= 2) {
    items[0] = sub(first, leadAt);
    return;
  }
  // A first item a few characters longer than its uniform siblings carries a lead-in of that length
  // (同人民想在一起 → 想在一起, 集中解决形式主义 → 形式主义), or of any length when it ends in the
  // siblings' shared tail (机关党建要发挥聚人心、稳人心、暖人心 → 聚人心). Only phrases: a clause
  // (进出口总额达到10318亿元) is not cut by the length of its sibling.
  const same = uniformLength(others);
  const extra = same === null || same > PHRASE ? 0 : first.text.length - same;
  const tail = others.length >= 2 ? commonTail(others.map((it) => it.text)) : '';
  if (extra > 1 && (extra <= MAX_LEAD_IN || (tail && first.text.endsWith(tail)))) {
    items[0] = sub(first, extra);
    return;
  }
  // Otherwise the lead-in is a known word: a verb inside a longer first item ends it (开发区已初步形成|精品钢铁,
  // with 了: 形成了|以电子信息) …
  const longest = Math.max(...others.map((it) => it.text.length));
  if (first.text.length > longest) {
    let cut = 0;
    for (const w of LIST_LEAD_IN_WORDS) {
      if (w.length < 2) continue;
      const at = first.text.lastIndexOf(w);
      let end = at + w.length;
      if (first.text[end] === '了') end++;
      if (at >= 0 && first.text.length - end >= 2) cut = Math.max(cut, end);
    }
    if (cut) first = sub(first, cut);
  }
  // … or opens it (全省生产安全事故起数 → 生产安全事故起数) …
  const shortest = Math.min(...others.map((it) => it.text.length));
  for (let changed = true; changed && first.text.length > shortest; ) {
    changed = false;
    const word = LIST_LEAD_IN_WORDS.find((w) => first.text.startsWith(w) && first.text.length - w.length >= 2);
    if (word) {
      first = sub(first, word.length);
      changed = true;
    }
  }
  // … and what is left of a longer first item after its last 的 is the item (建立完善的教育 → 教育).
  const particle = first.text.lastIndexOf('的');
  if (first.text.length > Math.max(...others.map((it) => it.text.length)) && particle >= 0 && first.text.length - particle > 2) {
    first = sub(first, particle + 1);
  }
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
    const inWord = CONJUNCTION_LOOKALIKES.words.some((w) => last.text.startsWith(w, at));
    if (at > 0 && at + word.length < last.text.length && !inWord) {
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
