import type { Diagnostic, Metadata, NormalizedDocument, RemovedSpan, Script, Severity, Span } from '../model.js';
import { LineIndex } from '../text/line-index.js';

/** A span with 1-based line and column numbers in the user's file. */
export interface LocatedSpan extends Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LocatedRemoval {
  readonly ruleId: string;
  readonly reason: string;
  readonly raw: string;
  readonly span: LocatedSpan;
}

export interface LocatedDiagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** The original text the diagnostic is about. */
  readonly raw: string;
  readonly fix?: string;
  readonly span: LocatedSpan;
}

/** A normalized document as plain data with file positions: what `normalize --json` prints. */
export interface NormalizedReport {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly script: Script;
  readonly metadata: Metadata;
  readonly text: string;
  readonly removed: readonly LocatedRemoval[];
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** Problems met while reading the file ('read/…'). */
  readonly warnings: readonly LocatedDiagnostic[];
}

export function describeNormalized(doc: NormalizedDocument): NormalizedReport {
  const { source } = doc;
  const index = new LineIndex(source.original);
  const locate = (span: Span): LocatedSpan => {
    const from = index.locate(span.start);
    const to = index.locate(span.end);
    return { ...span, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  const removal = (r: RemovedSpan): LocatedRemoval => ({ ruleId: r.ruleId, reason: r.reason, raw: r.raw, span: locate(r.span) });
  const diagnostic = (d: Diagnostic): LocatedDiagnostic => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    raw: source.original.slice(d.span.start, d.span.end),
    ...(d.fix !== undefined && { fix: d.fix }),
    span: locate(d.span),
  });
  return {
    file: source.path,
    format: source.format,
    encoding: source.encoding,
    script: doc.script,
    metadata: doc.metadata,
    text: doc.text.value.trim(),
    removed: doc.removed.map(removal),
    diagnostics: doc.diagnostics.map(diagnostic),
    warnings: (source.warnings ?? []).map(diagnostic),
  };
}
