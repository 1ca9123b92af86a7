import type { ParagraphMarker } from './docx-paragraph-markers.js';

/**
 * Pairs mammoth's paragraphs (by their letters and digits, in order) with the paragraphs of our own
 * walk of document.xml, and gives each of mammoth's the list marker of its pair. Both walks read the
 * same elements, so they normally pair one to one; where a document defeats that (a construct one
 * reader keeps and the other drops), a paragraph that finds no pair gets no marker rather than a
 * wrong one: a paragraph with text pairs with the next one of equal text, an empty one only with
 * the very next paragraph (empty paragraphs are too alike to skip ahead for).
 */
export function alignParagraphMarkers(keys: readonly string[], paragraphs: readonly ParagraphMarker[]): (string | undefined)[] {
  const positions = new Map<string, number[]>();
  paragraphs.forEach((p, i) => (positions.get(p.key) ?? positions.set(p.key, []).get(p.key)!).push(i));
  let next = 0;
  return keys.map((key) => {
    const at = key === '' ? (paragraphs[next]?.key === '' ? next : -1) : firstAtOrAfter(positions.get(key) ?? [], next);
    if (at < 0) return undefined;
    next = at + 1;
    return paragraphs[at]!.marker;
  });
}

/** The first of the ascending `positions` at or after `from` (binary search: a long document pairs in n log n). */
function firstAtOrAfter(positions: readonly number[], from: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < positions.length ? positions[low]! : -1;
}
