/** Items of an inline list, with their offsets in the paragraph (fit-items trims them to their own words). */

export interface Item {
  readonly paragraph: number;
  /** Offsets in the paragraph's value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const SPACE = /\s/;
const OPENING = /[“"‘「『《]/;
const CLOSING = /[”"’」』》]/;

/** The item without surrounding spaces, and without quotation marks that do not pair up inside it. */
function trimEdges(item: Item): Item {
  const { text } = item;
  let from = 0;
  let to = text.length;
  for (let changed = true; changed && from < to; ) {
    changed = false;
    if (SPACE.test(text[from]!) || (OPENING.test(text[from]!) && !CLOSING.test(text.slice(from + 1, to)))) {
      from++;
      changed = true;
    }
    if (to > from && (SPACE.test(text[to - 1]!) || (CLOSING.test(text[to - 1]!) && !OPENING.test(text.slice(from, to - 1))))) {
      to--;
      changed = true;
    }
  }
  return { paragraph: item.paragraph, start: item.start + from, end: item.start + to, text: text.slice(from, to) };
}

export function makeItem(paragraphText: string, paragraph: number, start: number, end: number): Item {
  return trimEdges({ paragraph, start, end, text: paragraphText.slice(start, end) });
}

const globalPatterns = new Map<string, RegExp>();

/** Splits [from, to) of a paragraph at each separator character. Empty items are dropped. */
export function splitItems(paragraphText: string, paragraph: number, from: number, to: number, separators: RegExp): Item[] {
  let pattern = globalPatterns.get(separators.source);
  if (!pattern) {
    pattern = new RegExp(separators.source, 'gu');
    globalPatterns.set(separators.source, pattern);
  }
  const items: Item[] = [];
  let start = from;
  const push = (end: number): void => {
    const item = makeItem(paragraphText, paragraph, start, end);
    if (item.text) items.push(item);
  };
  // A separator inside parentheses belongs to the item: 新能源汽车（蔚来、大众、比亚迪）、家电.
  const parensAreItems = !separators.source.includes('（');
  let depth = 0;
  let scanned = from;
  pattern.lastIndex = from;
  for (let m = pattern.exec(paragraphText); m && m.index < to; m = pattern.exec(paragraphText)) {
    for (; parensAreItems && scanned < m.index; scanned++) {
      const ch = paragraphText[scanned]!;
      if (ch === '（' || ch === '(') depth++;
      else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    }
    if (depth > 0) continue;
    push(m.index);
    start = m.index + m[0].length;
  }
  push(to);
  return items;
}

/** The part [from, to) of an item's text, as an item. */
export const sliceItem = (item: Item, from: number, to = item.text.length): Item =>
  trimEdges({ paragraph: item.paragraph, start: item.start + from, end: item.start + to, text: item.text.slice(from, to) });
