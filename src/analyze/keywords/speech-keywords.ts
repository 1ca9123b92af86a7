/**
 * Keywords of an analyzed speech, its formulations kept whole. Loads the segmenter and the IDF
 * table on first use (about a second once per process), so only runs that ask for keywords pay.
 */
import type { SegmenterEngine } from '../../segment/segmenter.js';
import type { SpeechAnalysis } from '../types.js';
import { extractKeywords, type Keyword } from './extract-keywords.js';

export async function keywordsOf(analysis: SpeechAnalysis, top: number, engine: SegmenterEngine = 'node-rs'): Promise<Keyword[]> {
  const [{ loadSegmenter }, { loadIdfTable }] = await Promise.all([import('../../segment/segmenter.js'), import('./idf-table.js')]);
  const [segmenter, idf] = await Promise.all([loadSegmenter(engine), loadIdfTable()]);
  const keepWhole = analysis.formulations.flatMap((f) => f.parts);
  return extractKeywords(
    analysis.speech.paragraphs.map((p) => p.value),
    segmenter,
    idf,
    { top, keepWhole },
  );
}
