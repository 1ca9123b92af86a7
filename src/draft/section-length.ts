import type { OutlineItem } from '../analyze/types.js';
import type { Speech } from '../model.js';

export interface SectionLength {
  /** Han characters before the first section (the opening), in tens. */
  readonly opening: number;
  /** Han characters of a section with its sub-sections, in tens. */
  of(item: OutlineItem): number;
}

/**
 * Lengths of a model speech's parts, for the skeleton's hints. Only the speech's paragraphs count
 * (cleaned-away site text between them does not); a section runs to the next item at its level or
 * above, the last one to the end of the speech.
 */
export function createSectionLength(speech: Speech, outline: readonly OutlineItem[]): SectionLength {
  const { original } = speech.normalized.source;
  const title = speech.title?.span;
  const paragraphs = speech.paragraphs.filter((p) => !(title && p.span.start === title.start && p.span.end === title.end));
  const speechEnd = paragraphs.at(-1)?.span.end ?? 0;
  const han = (from: number, to: number): number => {
    let count = 0;
    for (const p of paragraphs) {
      const start = Math.max(from, p.span.start);
      const end = Math.min(to, p.span.end);
      if (end > start) count += original.slice(start, end).match(/\p{Script=Han}/gu)?.length ?? 0;
    }
    return Math.round(count / 10) * 10;
  };
  const flat: OutlineItem[] = [];
  const walk = (items: readonly OutlineItem[]): void => items.forEach((item) => (flat.push(item), walk(item.children)));
  walk(outline);
  return {
    opening: han(0, flat[0]?.span.start ?? speechEnd),
    of(item) {
      const at = flat.indexOf(item);
      const next = flat.slice(at + 1).find((other) => other.level <= item.level);
      return han(item.span.start, next?.span.start ?? speechEnd);
    },
  };
}
