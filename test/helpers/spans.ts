/**
 * Finds every node with a `span` in a result tree (speech, analysis, diagnostics …), however the
 * stages shape their output, so invariants over positions hold for stages added later too.
 */
import type { Span } from '../../src/model.js';

export interface SpannedNode {
  /** Where the node sits in the result, e.g. `paragraphs.3.sentences.0`. */
  readonly path: string;
  readonly span: Span;
  readonly raw?: string;
}

export function collectSpans(root: unknown): SpannedNode[] {
  const found: SpannedNode[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (isSpan(record.span)) {
      found.push({ path, span: record.span, ...(typeof record.raw === 'string' ? { raw: record.raw } : {}) });
    }
    for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(root, '');
  return found;
}

function isSpan(value: unknown): value is Span {
  const span = value as Span | undefined;
  return typeof span?.start === 'number' && typeof span.end === 'number';
}
