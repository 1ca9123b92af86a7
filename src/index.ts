/**
 * speechkit as a library. The stages, in order:
 *   read (io) → normalize (clean, 繁→简, punctuation, word repair) → parse → analyze → render
 *   spec or model speech → draft → export (.docx)
 * Everything but `io` works on values in memory: no file system, no console.
 */
export type * from './model.js';
export { MappedText, type Edit, type Range } from './text/mapped-text.js';
export { LineIndex, type LineColumn } from './text/line-index.js';
export { SpeechkitError, InputError, OutputError, SpecError, TemplateError, UsageError } from './errors.js';

// read
export { readSource } from './io/read-source.js';
export { collectInputs, type CollectedInput } from './io/collect-inputs.js';
export { decodeText } from './io/decode-text.js';
export { writeFileAtomic } from './io/atomic-write.js';

// normalize, parse
export { normalizeDocument, type NormalizeOptions } from './normalize/normalize-document.js';
export { parseSpeech } from './parse/parse-speech.js';

// analyze
export { analyzeSource, analyzeSpeech, type AnalyzeOptions } from './analyze/analyze-speech.js';
export type { OutlineItem, Announcement, SpeechAnalysis } from './analyze/types.js';
export type { Formulation, Member, MemberStrategy, OtherNumberedTerm } from './analyze/formulations/types.js';
export type { SpeechStats, ParallelRun } from './analyze/stats/types.js';
export { extractFormulations } from './analyze/formulations/extract-formulations.js';
export { coin, type CoinProposal } from './analyze/coin.js';
export { buildCorpusView, analysisDigest, type CorpusFormulation } from './analyze/corpus-view.js';
export { keywordsOf } from './analyze/keywords/speech-keywords.js';
export { loadSegmenter, type Segmenter, type SegmenterEngine } from './segment/segmenter.js';

// render
export { analysisToJson, renderJsonReport } from './report/analysis-json.js';
export { renderTextReport } from './report/render-text-report.js';
export { renderMarkdownReport } from './report/render-markdown-report.js';
export { renderCheckReport, renderCheckJson } from './report/render-check-report.js';

// draft, export
export { parseSpec } from './draft/parse-spec.js';
export { draftFromSpec } from './draft/draft-from-spec.js';
export { buildSkeleton } from './draft/build-skeleton.js';
export { toChineseNumeral, toChineseCount } from './draft/chinese-numerals.js';
export { exportDocx, readDraftMarkdown, documentFromSpeech, EXPORT_STYLES, findExportStyle } from './export/index.js';
export type { ExportDocument, ExportStyle } from './export/index.js';
