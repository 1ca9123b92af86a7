import type { SourceDocument, Span } from '../model.js';
import { LineIndex, type LineColumn } from '../text/line-index.js';

const indexes = new WeakMap<SourceDocument, LineIndex>();

/** Line and column (1-based) in the user's file of a span's start. */
export function positionOf(source: SourceDocument, span: Span): LineColumn {
  let index = indexes.get(source);
  if (!index) {
    index = new LineIndex(source.original);
    indexes.set(source, index);
  }
  return index.locate(span.start);
}
