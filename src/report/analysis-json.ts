import type { Diagnostic } from '../model.js';
import type { Announcement, OutlineItem, SpeechAnalysis } from '../analyze/types.js';
import { analysisDigest, buildCorpusView } from '../analyze/corpus-view.js';
import { formulationToJson, numberedTermToJson } from './formulations-json.js';
import { positionOf } from './positions.js';
import { statsToJson } from './stats-json.js';
import { summarize, type AnalysisSummary } from './summarize.js';

/**
 * The JSON report. The evaluation reads outline[{level, marker, text, children}] and
 * announced[{phrase, count, found}] (../shared/fixtures/README.md); the rest is for users and tools.
 * Positions are 1-based line/column in the user's file.
 */
export function analysisToJson(analysis: SpeechAnalysis): Record<string, unknown> {
  const { speech } = analysis;
  const { source, metadata, script } = speech.normalized;
  const at = (span: Diagnostic['span']) => positionOf(source, span);
  const outline = (item: OutlineItem): Record<string, unknown> => ({
    level: item.level,
    marker: item.marker,
    text: item.text,
    implicit: item.implicit,
    family: item.family,
    ordinal: item.ordinal,
    ...at(item.span),
    sentence: item.sentence,
    children: item.children.map(outline),
  });
  const announced = (a: Announcement): Record<string, unknown> => ({
    phrase: a.phrase,
    count: a.count,
    found: a.found,
    scope: a.scope,
    ok: a.ok,
    looksBack: a.looksBack,
    ...at(a.span),
    items: a.items,
  });
  return {
    path: source.path,
    title: analysis.title ?? null,
    metadata,
    encoding: source.encoding,
    script,
    outline: analysis.outline.map(outline),
    announced: analysis.announced.map(announced),
    formulations: analysis.formulations.map(formulationToJson),
    numberedTerms: analysis.numberedTerms.map(numberedTermToJson),
    ...statsToJson(analysis),
    diagnostics: analysis.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      ...at(d.span),
      ...(d.fix !== undefined ? { fix: d.fix } : {}),
    })),
  };
}

/** One document object for one file; `{ documents, formulations, summary }` for a batch. */
export function renderJsonReport(analyses: readonly SpeechAnalysis[], asBatch: boolean): string {
  const value: unknown = asBatch
    ? {
        documents: analyses.map(analysisToJson),
        formulations: buildCorpusView(analyses.map(analysisDigest)),
        summary: summarize(analyses) satisfies AnalysisSummary,
      }
    : analysisToJson(analyses[0]!);
  return `${JSON.stringify(value, null, 2)}\n`;
}
