/** Length, four-character cadence and parallel runs of one speech. */
import type { Speech } from '../../model.js';
import { speechText } from '../formulations/speech-text.js';
import { findParallelRuns } from './find-parallel-runs.js';
import { fourCharacterPhrases } from './four-character-phrases.js';
import { DEFAULT_SPEAKING_RATE, measureLength } from './measure-length.js';
import type { SpeechStats } from './types.js';

export function speechStats(speech: Speech, rate = DEFAULT_SPEAKING_RATE): SpeechStats {
  const text = speechText(speech);
  return {
    length: measureLength(speech, rate),
    fourCharacter: fourCharacterPhrases(text.paragraphs),
    parallelRuns: findParallelRuns(text),
  };
}
