import type { Diagnostic, NormalizedDocument, SourceDocument } from '../model.js';
import { cleanBoilerplate } from './clean-boilerplate.js';
import { convertScript } from './convert-script.js';
import { normalizePunctuation } from './normalize-punctuation.js';
import { findSubstitutedWords, applyRepairs } from './substituted-words.js';
import { unifyLineBreaks } from './unify-line-breaks.js';

export interface NormalizeOptions {
  /** Replace substituted words (效劳 → 服务) instead of only reporting them. */
  readonly repair?: boolean;
}

/**
 * The normalize stage, in order: line breaks → boilerplate removed (with metadata kept) → 繁→简 →
 * punctuation → substituted words found (and repaired on request). Every pass keeps the mapping
 * into the original file.
 */
export function normalizeDocument(source: SourceDocument, options: NormalizeOptions = {}): NormalizedDocument {
  const lines = unifyLineBreaks(source.text);
  const cleaned = cleanBoilerplate(lines, source.original);
  const { text: simplified, script } = convertScript(cleaned.text);
  const punctuated = normalizePunctuation(simplified);
  const substitutions = findSubstitutedWords(punctuated.text);
  const text = options.repair ? applyRepairs(punctuated.text, substitutions) : punctuated.text;
  const diagnostics: Diagnostic[] = [...punctuated.diagnostics, ...substitutions];
  return { source, text, metadata: cleaned.metadata, script, removed: cleaned.removed, diagnostics };
}
