/** Items of an inline list, with their offsets in the paragraph (fit-items trims them to their own words). */
import { charClass } from '../../../text/char-class.js';
import { isSpace } from '../../../text/is-space.js';

export interface Item {
  readonly paragraph: number;
  /** Offsets in the paragraph's value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const OPENING = /[“"‘「『《]/;
const CLOSING = /[”"’」』》]/;
const isOpening = charClass(OPENING);
const isClosing = charClass(CLOSING);

/** The item without surrounding spaces, and without quotation marks that do not pair up inside it. */
function trimEdges(item: Item): Item {
  const { text } = item;
  let from = 0;
  let to = text.length;
  for (let changed = true; changed && from < to; ) {
    changed = false;
    const first = text.charCodeAt(from);
    if (isSpace(first) || (isOpening(first) && !CLOSING.test(text.slice(from + 1, to)))) {
      from++;
      changed = true;
    }
    const last = text.charCodeAt(to - 1);
    if (to > from && (isSpace(last) || (isClosing(last) && !OPENING.test(text.slice(from, to - 1))))) {
      to--;
      changed = true;
    }
  }
  if (from === 0 && to === text.length) return item;
  return { paragraph: item.paragraph, start: item.start + from, end: item.start + to, text: text.slice(from, to) };
}

export function makeItem(paragraphText: string, paragraph: number, start: number, end: number): Item {
  return trimEdges({ paragraph, start, end, text: paragraphText.slice(start, end) });
}

const globalPatterns = new Map<string, RegExp>();
const PAREN = /[（(）)]/g;
const isOpenParen = charClass(/[（(]/);

/**
 * The first parenthesis at or after `from`, Infinity if none. test, not exec: the position is
 * lastIndex − 1 (one code unit) and no match array is built.
 */
function parenFrom(text: string, from: number): number {
  PAREN.lastIndex = from;
  return PAREN.test(text) ? PAREN.lastIndex - 1 : Infinity;
}

/**
 * Splits [from, to) of a paragraph at each separator, a class of characters of one code unit each
 * (、 ， ；…). Empty items are dropped.
 */
export function splitItems(paragraphText: string, paragraph: number, from: number, to: number, separators: RegExp): Item[] {
  let pattern = globalPatterns.get(separators.source);
  if (!pattern) {
    pattern = new RegExp(separators.source, 'g');
    globalPatterns.set(separators.source, pattern);
  }
  const items: Item[] = [];
  let start = from;
  const push = (end: number): void => {
    const item = makeItem(paragraphText, paragraph, start, end);
    if (item.text) items.push(item);
  };
  // A separator inside parentheses belongs to the item: 新能源汽车（蔚来、大众、比亚迪）、家电.
  // The depth is followed from parenthesis to parenthesis (they are few) up to each separator; the
  // first one is looked for once a separator is found (a range without one needs no search).
  const parensAreItems = !separators.source.includes('（');
  let depth = 0;
  let paren: number | undefined = parensAreItems ? undefined : Infinity;
  // test with lastIndex, not exec: a separator is one code unit, found at lastIndex − 1 without a match array.
  pattern.lastIndex = from;
  while (pattern.test(paragraphText)) {
    const at = pattern.lastIndex - 1;
    if (at >= to) break;
    for (paren ??= parenFrom(paragraphText, from); paren < at; paren = parenFrom(paragraphText, paren + 1)) {
      if (isOpenParen(paragraphText.charCodeAt(paren))) depth++;
      else if (depth > 0) depth--;
    }
    if (depth > 0) continue;
    push(at);
    start = at + 1;
  }
  push(to);
  return items;
}

/** The part [from, to) of an item's text, as an item. */
export const sliceItem = (item: Item, from: number, to = item.text.length): Item =>
  trimEdges({ paragraph: item.paragraph, start: item.start + from, end: item.start + to, text: item.text.slice(from, to) });
