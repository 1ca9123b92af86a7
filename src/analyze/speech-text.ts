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
  return { ...locateSpan(speech, start, end), value: speech.normalized.text.value.slice(start, end) };
}

/** As locate, without the normalized value (most callers place a range they already hold). */
export function locateSpan(speech: Speech, start: number, end: number): Pick<Located, 'span' | 'raw'> {
  const { text, source } = speech.normalized;
  const span = text.toOriginal({ start, end });
  return { span, raw: source.original.slice(span.start, span.end) };
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

const HAN = /\p{Script=Han}/u;

/** Han characters in a string (what “length” means for Chinese text). */
export function countHan(text: string): number {
  // A loop over code units with the common cases decided by range (this runs on every sentence);
  // only characters outside them (rare Han blocks, surrogate pairs) go to the regex.
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) count++;
    else if (c < 0x2e80) continue;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (HAN.test(text.slice(i, i + 2))) count++;
      i++;
    } else if (HAN.test(text[i]!)) count++;
  }
  return count;
}
