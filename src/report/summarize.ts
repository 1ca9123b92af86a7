import type { Diagnostic, Severity } from '../model.js';
import type { OutlineItem, SpeechAnalysis } from '../analyze/types.js';

export interface AnalysisSummary {
  readonly documents: number;
  /** Headings at every level. */
  readonly headings: number;
  readonly announced: number;
  /** Announced counts that the items do not match. */
  readonly mismatched: number;
  readonly diagnostics: Readonly<Record<Severity, number>>;
}

const countItems = (items: readonly OutlineItem[]): number =>
  items.reduce((n, item) => n + 1 + countItems(item.children), 0);

/** Totals across a batch of analyses. */
export function summarize(analyses: readonly SpeechAnalysis[]): AnalysisSummary {
  const diagnostics = countBySeverity(analyses.flatMap((a) => a.diagnostics));
  return {
    documents: analyses.length,
    headings: analyses.reduce((n, a) => n + countItems(a.outline), 0),
    announced: analyses.reduce((n, a) => n + a.announced.length, 0),
    mismatched: analyses.reduce((n, a) => n + a.announced.filter((x) => !x.ok && x.found > 0).length, 0),
    diagnostics,
  };
}

/** The totals of two batches together (a streamed batch adds each file's as it completes). */
export function mergeSummaries(a: AnalysisSummary, b: AnalysisSummary): AnalysisSummary {
  return {
    documents: a.documents + b.documents,
    headings: a.headings + b.headings,
    announced: a.announced + b.announced,
    mismatched: a.mismatched + b.mismatched,
    diagnostics: {
      error: a.diagnostics.error + b.diagnostics.error,
      warning: a.diagnostics.warning + b.diagnostics.warning,
      info: a.diagnostics.info + b.diagnostics.info,
    },
  };
}

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** 错误 1 个，警告 3 个 — or 无 when there is nothing. */
export function describeCounts(counts: Readonly<Record<Severity, number>>): string {
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => `${SEVERITY_NAMES[s]} ${counts[s]} 个`);
  return parts.length > 0 ? parts.join('，') : '无';
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
