/** The paragraphs' values, and the way back from a paragraph offset to the user's file. */
import type { Speech } from '../../model.js';
import { LineIndex } from '../../text/line-index.js';
import { locateSpan } from '../speech-text.js';
import type { TextPlace } from './types.js';

export interface SpeechText {
  readonly paragraphs: readonly string[];
  /** The place in the original file of [start, end) of a paragraph's value. */
  place(paragraph: number, start: number, end: number): TextPlace;
}

/** One per speech: formulations and stats read the same paragraphs (and share what is cached on them). */
const texts = new WeakMap<Speech, SpeechText>();

export function speechText(speech: Speech): SpeechText {
  const known = texts.get(speech);
  if (known) return known;
  // Lines are indexed when a place is first asked for: a speech may have nothing to place.
  let lines: LineIndex | undefined;
  const text: SpeechText = {
    paragraphs: speech.paragraphs.map((p) => p.value),
    place(paragraph, start, end) {
      const offset = speech.paragraphs[paragraph]!.offset;
      const { span, raw } = locateSpan(speech, offset + start, offset + end);
      const { line, column } = (lines ??= new LineIndex(speech.normalized.source.original)).locate(span.start);
      return { span, raw, line, column, paragraph };
    },
  };
  texts.set(speech, text);
  return text;
}
