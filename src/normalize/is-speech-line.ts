import { SENTENCE_END } from './cjk.js';
import { SPEECH_OPENINGS } from './page-edge-rules.js';

/** Running text (a sentence end), a salutation or a numbered heading: a line of the speech itself. */
export function isSpeechLine(text: string): boolean {
  return SENTENCE_END.test(text) || SPEECH_OPENINGS.some((o) => o.pattern.test(text));
}
