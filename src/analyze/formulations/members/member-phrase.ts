/**
 * The shortest faithful form of each member: items that end in the term's own head keep the word
 * before it (聚焦“两个维护”统领融合 → 统领融合); otherwise a leading frame is cut (从百年党史中汲取前行力量
 * → 汲取前行力量; 实现从“常规建设”为主… → 从“常规建设”为主…).
 */
import { commonPrefix, commonSuffix } from '../../coin.js';
import type { Item } from './list-items.js';
import { LEAD_FRAMES } from './list-words.js';

const PUNCTUATION = /[\p{P}\s]/u;
/** A frame is words, two characters or more at each end. */
const WORDS = /^\p{Script=Han}{2,}$/u;

const slice = (item: Item, from: number, to = item.text.length): Item => ({
  paragraph: item.paragraph,
  start: item.start + from,
  end: item.start + to,
  text: item.text.slice(from, to),
});

function trimPunctuation(item: Item): Item {
  let end = item.text.length;
  while (end > 0 && /[。，；：！？、]/.test(item.text[end - 1]!)) end--;
  return slice(item, 0, end);
}

/**
 * Items that all end in a two-character head keep the two characters before it, if that tells them
 * apart (统领融合). A longer head is a predicate (…总规模不减少), not a coined word: the items stay whole.
 */
function byHead(items: readonly Item[], heads: readonly string[]): Item[] | null {
  for (const head of heads) {
    if (head.length !== 2 || !items.every((it) => it.text.endsWith(head) && it.text.length >= head.length + 2)) continue;
    const short = items.map((it) => slice(it, it.text.length - head.length - 2));
    const distinct = new Set(short.map((it) => it.text)).size === short.length;
    if (distinct && short.every((it) => !PUNCTUATION.test(it.text))) return short;
  }
  return null;
}

function withoutFrame(item: Item): Item {
  for (const frame of LEAD_FRAMES) {
    const m = frame.pattern.exec(item.text);
    if (m && item.text.length - m[0].length >= 2) return slice(item, m[0].length);
  }
  return item;
}

/**
 * Three items or more in one frame of words keep what the frame holds: 牢牢把握实施创新驱动发展战略的要求
 * (牢牢把握 … 的要求) → 实施创新驱动发展战略. Shared quotation marks (从“…”为主转变) are no frame.
 */
function withoutSharedFrame(items: readonly Item[]): Item[] | null {
  if (items.length < 3) return null;
  const texts = items.map((it) => it.text);
  const lead = commonPrefix(texts);
  const tail = commonSuffix(texts);
  if (!WORDS.test(lead) || !WORDS.test(tail) || texts.some((t) => t.length - lead.length - tail.length < 2)) return null;
  return items.map((it) => slice(it, lead.length, it.text.length - tail.length));
}

export function memberPhrases(items: readonly Item[], heads: readonly string[]): Item[] {
  const clean = items.map(trimPunctuation);
  return byHead(clean, heads) ?? withoutSharedFrame(clean) ?? clean.map(withoutFrame);
}
