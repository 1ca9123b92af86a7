import type { SpeechAnalysis } from '../analyze/types.js';
import { positionOf } from './positions.js';
import { countBySeverity, describeCounts } from './summarize.js';

/**
 * Lint output, one problem a line: `file:line:col  severity  message  rule-id` (severity as the
 * keywords error / warning / info, so editors and scripts can match it), then a one-line total.
 */
export function renderCheckReport(analyses: readonly SpeechAnalysis[]): string {
  const lines: string[] = [];
  for (const a of analyses) {
    const { source } = a.speech.normalized;
    for (const d of a.diagnostics) {
      const { line, column } = positionOf(source, d.span);
      lines.push(`${source.path}:${line}:${column}  ${d.severity}  ${d.message}  ${d.ruleId}`);
    }
  }
  const counts = countBySeverity(analyses.flatMap((a) => a.diagnostics));
  lines.push(`检查了 ${analyses.length} 个文件，问题：${describeCounts(counts)}`);
  return `${lines.join('\n')}\n`;
}

/** The same as JSON: one entry per file with its diagnostics and their positions. */
export function renderCheckJson(analyses: readonly SpeechAnalysis[]): string {
  const files = analyses.map((a) => {
    const { source } = a.speech.normalized;
    return {
      path: source.path,
      diagnostics: a.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        ...positionOf(source, d.span),
        ...(d.fix !== undefined ? { fix: d.fix } : {}),
      })),
    };
  });
  return `${JSON.stringify({ files, summary: countBySeverity(analyses.flatMap((a) => a.diagnostics)) }, null, 2)}\n`;
}
