/**
 * Keywords of an analyzed speech, its formulations kept whole. Loads the segmenter and the IDF
 * table on first use (about a second once per process), so only runs that ask for keywords pay.
 */
import type { Speech } from '../../model.js';
import type { Segmenter, SegmenterEngine } from '../../segment/segmenter.js';
import type { SpeechAnalysis } from '../types.js';
import { joinParagraphs, keywordsOfWords, type Keyword } from './extract-keywords.js';

/**
 * Paragraphs cut together, up to about this many characters a piece: a whole 10 MB compilation in
 * one call gave millions of words at once and a cut 12.7 times as slow for 10 times the text.
 */
const CUT_PIECE_CHARS = 100_000;

/**
 * Starts cutting a parsed speech for its keywords, off this thread where the engine can: the
 * analysis can run meanwhile, and keywordsOf takes the words when they are needed. The words are
 * those of joinParagraphs cut at once: pieces of whole paragraphs, a line break between them.
 */
export async function startKeywordCut(speech: Speech, segmenter: Segmenter): Promise<string[]> {
  const pieces: string[][] = [[]];
  let chars = 0;
  for (const { value } of speech.paragraphs) {
    if (chars > 0 && chars + value.length > CUT_PIECE_CHARS) {
      pieces.push([]);
      chars = 0;
    }
    pieces.at(-1)!.push(value);
    chars += value.length + 1;
  }
  if (pieces.length === 1) return segmenter.cutAsync(joinParagraphs(pieces[0]!));
  const cuts = await Promise.all(pieces.map((piece) => segmenter.cutAsync(joinParagraphs(piece))));
  return cuts.flatMap((words, i) => (i === 0 ? words : ['\n', ...words]));
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
