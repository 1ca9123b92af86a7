/** A SourceDocument made from a string, as readSource would make it from a UTF-8 .txt file. */
import type { SourceDocument } from '../../src/model.js';
import { MappedText } from '../../src/text/mapped-text.js';

export function sourceFromText(original: string, path = '讲话.txt'): SourceDocument {
  return { path, format: 'txt', encoding: 'UTF-8', original, text: MappedText.identity(original) };
}
