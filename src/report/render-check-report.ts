import type { Severity } from '../model.js';
import type { SpeechAnalysis } from '../analyze/types.js';
import { positionOf } from './positions.js';
import { countBySeverity, describeCounts } from './summarize.js';

/**
 * Lint output, one problem a line: `file:line:col  severity  message  rule-id` (severity as the
 * keywords error / warning / info, so editors and scripts can match it), then a one-line total.
 * Made of one piece per file, so `speechkit check` can write each file's part as soon as it is
 * analyzed (CheckReportStream) and give the same bytes as the whole-report functions here.
 */
export function renderCheckReport(analyses: readonly SpeechAnalysis[]): string {
  return analyses.map(checkFileLines).join('') + checkTotal(analyses.length, countBySeverity(analyses.flatMap((a) => a.diagnostics)));
}

/** One file's problems, a line each (nothing when it has none). */
export function checkFileLines(analysis: SpeechAnalysis): string {
  const { source } = analysis.speech.normalized;
  let text = '';
  for (const d of analysis.diagnostics) {
    const { line, column } = positionOf(source, d.span);
    text += `${source.path}:${line}:${column}  ${d.severity}  ${d.message}  ${d.ruleId}\n`;
  }
  return text;
}

export const checkTotal = (files: number, counts: Readonly<Record<Severity, number>>): string =>
  `检查了 ${files} 个文件，问题：${describeCounts(counts)}\n`;

/** The same as JSON: one entry per file with its diagnostics and their positions. */
export function renderCheckJson(analyses: readonly SpeechAnalysis[]): string {
  const summary = countBySeverity(analyses.flatMap((a) => a.diagnostics));
  if (analyses.length === 0) return `${JSON.stringify({ files: [], summary }, null, 2)}\n`;
  return CHECK_JSON_OPENING + analyses.map(checkFileJson).join(CHECK_JSON_SEPARATOR) + checkJsonClosing(summary);
}

/** Where the first file's entry starts, between two entries, and what follows the last (with the totals). */
export const CHECK_JSON_OPENING = '{\n  "files": [\n    ';
export const CHECK_JSON_SEPARATOR = ',\n    ';
export const checkJsonClosing = (summary: Readonly<Record<Severity, number>>): string =>
  `\n  ],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;

/** One file's entry, indented to sit in the `files` array. */
export function checkFileJson(analysis: SpeechAnalysis): string {
  const { source } = analysis.speech.normalized;
  const entry = {
    path: source.path,
    diagnostics: analysis.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      ...positionOf(source, d.span),
      ...(d.fix !== undefined ? { fix: d.fix } : {}),
    })),
  };
  return JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
}
