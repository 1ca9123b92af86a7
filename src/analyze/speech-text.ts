import type { Paragraph, Span, Speech } from '../model.js';

/** A range of the normalized text with its place in the original file. */
export interface Located {
  readonly span: Span;
  readonly raw: string;
  readonly value: string;
}

/**
 * Maps ranges of the normalized text (offsets into NormalizedDocument.text.value, as analysis
 * works on them) back to spans and raw slices of the user's file.
 */
export function locate(speech: Speech, start: number, end: number): Located {
  const { text, source } = speech.normalized;
  const span = text.toOriginal({ start, end });
  return { span, raw: source.original.slice(span.start, span.end), value: text.value.slice(start, end) };
}

/** The paragraph holding normalized offset `at` (the last one starting at or before it). */
export function paragraphAt(speech: Speech, at: number): Paragraph | undefined {
  const list = speech.paragraphs;
  let lo = 0;
  let hi = list.length - 1;
  let found: Paragraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.offset <= at) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const NOT_HAN = /\P{Script=Han}+/gu;
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Han characters in a string (what “length” means for Chinese text). */
export function countHan(text: string): number {
  // One string of the Han characters rather than an array of them: this runs on every sentence.
  const han = text.replace(NOT_HAN, '');
  // Characters beyond the BMP (CJK Extension B and later) are two UTF-16 units each.
  return HIGH_SURROGATE.test(han) ? [...han].length : han.length;
}
