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
 * Positions are 1-based line/column in the user's file. Each object is one literal, fields in report
 * order (no spread copies): a speech has thousands of diagnostics.
 */
export function analysisToJson(analysis: SpeechAnalysis): Record<string, unknown> {
  const { speech } = analysis;
  const { source, metadata, script } = speech.normalized;
  const outline = (item: OutlineItem): Record<string, unknown> => {
    const { line, column } = positionOf(source, item.span);
    return {
      level: item.level,
      marker: item.marker,
      text: item.text,
      implicit: item.implicit,
      family: item.family,
      ordinal: item.ordinal,
      line,
      column,
      sentence: item.sentence,
      children: item.children.map(outline),
    };
  };
  const announced = (a: Announcement): Record<string, unknown> => {
    const { line, column } = positionOf(source, a.span);
    return { phrase: a.phrase, count: a.count, found: a.found, scope: a.scope, ok: a.ok, looksBack: a.looksBack, line, column, items: a.items };
  };
  const diagnostic = (d: Diagnostic): Record<string, unknown> => {
    const { line, column } = positionOf(source, d.span);
    const json: Record<string, unknown> = { ruleId: d.ruleId, severity: d.severity, message: d.message, line, column };
    if (d.fix !== undefined) json['fix'] = d.fix;
    return json;
  };
  const stats = statsToJson(analysis);
  const json: Record<string, unknown> = {
    path: source.path,
    title: analysis.title ?? null,
    metadata,
    encoding: source.encoding,
    script,
    outline: analysis.outline.map(outline),
    announced: analysis.announced.map(announced),
    formulations: analysis.formulations.map(formulationToJson),
    numberedTerms: analysis.numberedTerms.map(numberedTermToJson),
    length: stats.length,
    fourCharacter: stats.fourCharacter,
    devices: stats.devices,
  };
  if (stats.keywords !== undefined) json['keywords'] = stats.keywords;
  json['diagnostics'] = analysis.diagnostics.map(diagnostic);
  return json;
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
