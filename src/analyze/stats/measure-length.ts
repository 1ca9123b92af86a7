/** Length of a speech: characters, paragraphs, sentences, pages and speaking time. */
import type { Speech } from '../../model.js';
import { countHan } from '../../text/han.js';
import type { LengthStats } from './types.js';

/** GB/T 9704 page: 22 lines × 28 characters. */
export const CHARACTERS_PER_PAGE = 616;
/** A measured speaking pace for read-out speeches. */
export const DEFAULT_SPEAKING_RATE = 180;

const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

export function measureLength(speech: Speech, rate = DEFAULT_SPEAKING_RATE): LengthStats {
  const characters = speech.paragraphs.reduce((n, p) => n + countHan(p.value), 0);
  const sentences = speech.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  return {
    characters,
    paragraphs: speech.paragraphs.length,
    sentences,
    averageSentenceLength: sentences ? oneDecimal(characters / sentences) : 0,
    pages: oneDecimal(characters / CHARACTERS_PER_PAGE),
    rate,
    speakingMinutes: oneDecimal(characters / rate),
  };
}
