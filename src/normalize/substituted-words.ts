import type { Diagnostic } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';

/** First version: finds nothing (the repair table lands with the normalization work). */
export function findSubstitutedWords(_text: MappedText): Diagnostic[] {
  return [];
}

export function applyRepairs(text: MappedText, _found: readonly Diagnostic[]): MappedText {
  return text;
}
