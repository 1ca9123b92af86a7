/**
 * Keywords of an analyzed speech, its formulations kept whole. Loads the segmenter and the IDF
 * table on first use (about a second once per process), so only runs that ask for keywords pay.
 */
import type { Speech } from '../../model.js';
import type { Segmenter, SegmenterEngine } from '../../segment/segmenter.js';
import type { SpeechAnalysis } from '../types.js';
import { joinParagraphs, keywordsOfWords, type Keyword } from './extract-keywords.js';

/**
 * Starts cutting a parsed speech for its keywords, off this thread where the engine can: the
 * analysis can run meanwhile, and keywordsOf takes the words when they are needed.
 */
export function startKeywordCut(speech: Speech, segmenter: Segmenter): Promise<string[]> {
  return segmenter.cutAsync(joinParagraphs(speech.paragraphs.map((p) => p.value)));
}

export async function keywordsOf(
  analysis: SpeechAnalysis,
  top: number,
  engine: SegmenterEngine = 'node-rs',
  /** The cut from startKeywordCut, if started; else the speech is cut now. */
  cut?: Promise<string[]>,
): Promise<Keyword[]> {
  const [{ loadSegmenter }, { loadIdfTable }] = await Promise.all([import('../../segment/segmenter.js'), import('./idf-table.js')]);
  const words = cut ?? loadSegmenter(engine).then((segmenter) => startKeywordCut(analysis.speech, segmenter));
  const [idf, cutWords] = await Promise.all([loadIdfTable(), words]);
  return keywordsOfWords(cutWords, idf, { top, keepWhole: analysis.formulations.flatMap((f) => f.parts) });
}
