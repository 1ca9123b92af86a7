import type { Metadata, RemovedSpan } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';

export interface CleanResult {
  readonly text: MappedText;
  readonly metadata: Metadata;
  readonly removed: readonly RemovedSpan[];
}

/** First version: keeps everything (the boilerplate table lands with the cleaning work). */
export function cleanBoilerplate(text: MappedText, _original: string): CleanResult {
  return { text, metadata: {}, removed: [] };
}
