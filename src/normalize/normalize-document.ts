import type { Diagnostic, Metadata, NormalizedDocument, SourceDocument } from '../model.js';
import { timed, type StageTimer } from '../stage-timer.js';
import { MappedText } from '../text/mapped-text.js';
import { cleanBoilerplate } from './clean-boilerplate.js';
import { metadataFromFrontMatter } from './metadata-fields.js';
import { convertScript } from './convert-script.js';
import { normalizePunctuation } from './normalize-punctuation.js';
import { normalizeSpacing } from './normalize-spacing.js';
import { splitGluedParagraphs } from './split-glued-paragraphs.js';
import { applyRepairs, findSubstitutedWords } from './substituted-words.js';
import { unifyLineBreaks } from './unify-line-breaks.js';

export interface NormalizeOptions {
  /** Replace substituted words (效劳 → 服务) instead of only reporting them. */
  readonly repair?: boolean;
  /** Times boilerplate cleaning apart from the rest of normalization. */
  readonly timer?: StageTimer;
}

/**
 * The normalize stage, in order: line breaks → 繁→简 (so the boilerplate signatures need only
 * simplified forms) → paragraph breaks kept only as layout restored → boilerplate removed, metadata
 * kept → punctuation → spaces → substituted words found (and repaired on request). Every pass keeps the mapping into the original file.
 * Metadata comes from the removed furniture and, for Markdown, from the front matter.
 */
export function normalizeDocument(source: SourceDocument, options: NormalizeOptions = {}): NormalizedDocument {
  const lines = unifyLineBreaks(source.text);
  const { text: simplified, script } = convertScript(lines);
  const paragraphs = splitGluedParagraphs(simplified);
  const cleaned = timed(options.timer, 'clean', () => cleanBoilerplate(paragraphs, source.original));
  const punctuated = normalizePunctuation(cleaned.text);
  const spaced = normalizeSpacing(punctuated.text);
  const substitutions = findSubstitutedWords(spaced);
  const text = options.repair ? applyRepairs(spaced, substitutions) : spaced;
  const diagnostics: Diagnostic[] = [...punctuated.diagnostics, ...substitutions.map((s) => s.diagnostic)];
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  // What the writer stated in a Markdown front matter wins over what the page furniture suggests.
  const stated = source.frontMatter ? metadataFromFrontMatter(source.frontMatter) : {};
  const metadata = normalizeTitle({ ...cleaned.metadata, ...stated });
  return { source, text, metadata, script, removed: cleaned.removed, diagnostics };
}

/** The title as it reads in the normalized text (full-width punctuation, one space between phrases). */
function normalizeTitle(metadata: Metadata): Metadata {
  if (metadata.title === undefined) return metadata;
  const title = normalizeSpacing(normalizePunctuation(MappedText.identity(metadata.title)).text).value;
  return { ...metadata, title };
}
