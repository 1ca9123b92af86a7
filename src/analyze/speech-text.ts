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

