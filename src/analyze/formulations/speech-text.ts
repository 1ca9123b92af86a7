/** The paragraphs' values, and the way back from a paragraph offset to the user's file. */
import type { Speech } from '../../model.js';
import { LineIndex } from '../../text/line-index.js';
import { locate } from '../speech-text.js';
import type { TextPlace } from './types.js';

export interface SpeechText {
  readonly paragraphs: readonly string[];
  /** The place in the original file of [start, end) of a paragraph's value. */
  place(paragraph: number, start: number, end: number): TextPlace;
}

export function speechText(speech: Speech): SpeechText {
  const lines = new LineIndex(speech.normalized.source.original);
  return {
    paragraphs: speech.paragraphs.map((p) => p.value),
    place(paragraph, start, end) {
      const offset = speech.paragraphs[paragraph]!.offset;
      const { span, raw } = locate(speech, offset + start, offset + end);
      return { span, raw, ...lines.locate(span.start), paragraph };
    },
  };
}
