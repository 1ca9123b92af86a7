/**
 * The work `speechkit analyze` does for one file, as a task module for runInWorkers: read, analyze,
 * and render this file's part of the report, so that only a string and a few counts travel back to
 * the main thread (never the speech tree), and the main thread only writes them out in order.
 */
import { analyzeSource } from '../../analyze/analyze-speech.js';
import type { Speech } from '../../model.js';
import { analysisDigest } from '../../analyze/corpus-view.js';
import { loadIdfTable } from '../../analyze/keywords/idf-table.js';
import { keywordsOf, startKeywordCut } from '../../analyze/keywords/speech-keywords.js';
import { readSource } from '../../io/read-source.js';
import { analysisToJson } from '../../report/analysis-json.js';
import { renderMarkdownDocument } from '../../report/render-markdown-report.js';
import { renderTextDocument } from '../../report/render-text-report.js';
import { summarize, type AnalysisSummary } from '../../report/summarize.js';
import { loadSegmenter, type SegmenterEngine } from '../../segment/segmenter.js';
import { StageTimes, timed, timedAsync, type StageTotals } from '../../stage-timer.js';

export type ReportFormat = 'text' | 'json' | 'md';

export interface AnalyzeTaskOptions {
  readonly format: ReportFormat;
  readonly color: boolean;
  /** Several documents in one report: JSON documents are indented to sit in its `documents` array. */
  readonly asBatch: boolean;
  /** Measure the time of each stage. */
  readonly timings: boolean;
  /** Compute this many keywords (loads the segmenter once per thread). */
  readonly keywords?: number;
  /** The segmentation engine for keywords (default node-rs). */
  readonly segmenter?: SegmenterEngine;
  /** Speaking rate, characters a minute. */
  readonly rate?: number;
}

export interface AnalyzedFile {
  /** This file's part of the report, exactly as the whole-report renderers would write it. */
  readonly rendered: string;
  readonly summary: AnalysisSummary;
  /**
   * The formulations and lists of this file (a DocumentDigest as JSON), for the batch's
   * cross-document formulations. Kept as text until the end of the batch: a third of the memory of
   * the objects, and no substring can keep the whole speech alive.
   */
  readonly digest: string;
  readonly stages?: StageTotals;
}

/**
 * In a batch, a document sits two levels into the report ({ "documents": [ … ] }). It is stringified
 * inside that shape and cut out, so JSON.stringify indents it as the whole report would: re-indenting
 * the text afterwards cost as much as stringifying it.
 */
const BATCH_OPENING = '{\n  "documents": [\n    ';
const BATCH_CLOSING = '\n  ]\n}';

export async function runTask(path: string, options: AnalyzeTaskOptions): Promise<AnalyzedFile> {
  const timer = options.timings ? new StageTimes() : undefined;
  const source = await timedAsync(timer, 'read', () => readSource(path));
  const keywords = options.keywords;
  // The dictionaries load once per thread, before the first file is timed: stage times are what
  // each file costs, not start-up.
  const [segmenter] = keywords ? await Promise.all([loadSegmenter(options.segmenter), loadIdfTable()]) : [];
  // The segmenter cuts on another thread while this one analyzes; 'segment' is then the wait for
  // the words plus the counting.
  let cut: Promise<string[]> | undefined;
  const onParsed = segmenter
    ? (speech: Speech): void => {
        cut = startKeywordCut(speech, segmenter);
        // Should the analysis throw, the cut is never awaited: its failure must not surface on its own.
        cut.catch(() => {});
      }
    : undefined;
  const analyzed = analyzeSource(source, { timer, ...(options.rate ? { rate: options.rate } : {}), ...(onParsed ? { onParsed } : {}) });
  const analysis = keywords ? { ...analyzed, keywords: await timedAsync(timer, 'segment', () => keywordsOf(analyzed, keywords, options.segmenter, cut)) } : analyzed;
  const rendered = timed(timer, 'render', () => {
    if (options.format === 'text') return renderTextDocument(analysis, { color: options.color });
    if (options.format === 'md') return renderMarkdownDocument(analysis);
    const document = analysisToJson(analysis);
    if (!options.asBatch) return JSON.stringify(document, null, 2);
    const batch = JSON.stringify({ documents: [document] }, null, 2);
    return batch.slice(BATCH_OPENING.length, batch.length - BATCH_CLOSING.length);
  });
  return { rendered, summary: summarize([analysis]), digest: JSON.stringify(analysisDigest(analysis)), ...(timer ? { stages: timer.totals } : {}) };
}
