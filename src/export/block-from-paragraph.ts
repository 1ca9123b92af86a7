import type { ExportBlock } from './export-document.js';
import { isSalutation } from './salutations.js';
import { splitHeading } from './split-heading.js';

/** Classifies one paragraph of text: the salutation line, a heading (with its run-on text), or body. */
export function blockFromParagraph(text: string): ExportBlock {
  if (isSalutation(text)) return { kind: 'salutation', text };
  return splitHeading(text) ?? { kind: 'paragraph', text };
}
