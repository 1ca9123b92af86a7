/**
 * The document model shared by every stage.
 *
 * Position convention (as textlint's AST): `span` is a half-open range [start, end) of UTF-16 offsets
 * into `SourceDocument.original`, the text of the user's file as decoded; `raw` is exactly that slice;
 * `value` is the interpreted text after cleaning and normalization (简体, full-width punctuation,
 * repaired words). Reports turn spans into file:line:col with a LineIndex over `original`.
 */
import type { MappedText } from './text/mapped-text.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type SourceFormat = 'txt' | 'docx' | 'md' | 'html';

/** A file as read: its decoded text and the plain text extracted from it. */
export interface SourceDocument {
  /** Path as the user gave it (used in messages). */
  readonly path: string;
  readonly format: SourceFormat;
  /** Detected encoding of a text file ('UTF-8', 'GB18030', 'Big5', 'UTF-16LE' …); 'docx' for Word files. */
  readonly encoding: string;
  /** The decoded file (for .docx: its text, one paragraph per line, Word's list numbers written in). Spans point here. */
  readonly original: string;
  /** Plain text with paragraphs separated by line breaks, mapped into `original`. */
  readonly text: MappedText;
  /** Problems met while reading that did not stop it (bytes replaced by �, no text at all), rule ids 'read/…'. */
  readonly warnings?: readonly Diagnostic[];
  /** Scalar fields of a Markdown file's leading YAML metadata block (title, speaker, date, meeting …). */
  readonly frontMatter?: Readonly<Record<string, string>>;
  /**
   * Spans of the blocks the file itself marks as headings (Markdown `## 一、…`, a Word paragraph in a
   * Heading N / 标题 N style), in document order:
   * there a numbered line is a heading even with nothing written under it yet (a draft's outline).
   */
  readonly headings?: readonly Span[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the text: data that travels with the result, never an exception. */
export interface Diagnostic {
  /** Stable id, e.g. 'outline/numbering-gap'. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** In Chinese, for the user. */
  readonly message: string;
  readonly span: Span;
  /** A suggested replacement for the span, where there is one. */
  readonly fix?: string;
}

/** A span of the original removed by cleaning, with the reason (a boilerplate rule id). */
export interface RemovedSpan {
  readonly span: Span;
  readonly raw: string;
  readonly ruleId: string;
  readonly reason: string;
}

export interface Metadata {
  readonly title?: string;
  readonly date?: string;
  /** Author unit (供稿单位, 发布者 …). */
  readonly author?: string;
  readonly source?: string;
  readonly speaker?: string;
  readonly meeting?: string;
}

export type Script = 'simplified' | 'traditional' | 'mixed';

/** Output of normalization: clean, simplified, punctuated text still mapped into the original. */
export interface NormalizedDocument {
  readonly source: SourceDocument;
  readonly text: MappedText;
  readonly metadata: Metadata;
  readonly script: Script;
  readonly removed: readonly RemovedSpan[];
  /** Substituted words, placeholders and punctuation found while normalizing. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface TextNode {
  readonly span: Span;
  readonly raw: string;
  readonly value: string;
}

export interface Sentence extends TextNode {
  /** Offset of this sentence's value inside its paragraph's value. */
  readonly offsetInParagraph: number;
}

export interface Paragraph extends TextNode {
  /** 0-based index among the speech's paragraphs. */
  readonly index: number;
  /** Offset of `value` in NormalizedDocument.text.value (so analysis can map any sub-range back). */
  readonly offset: number;
  readonly sentences: readonly Sentence[];
  /** The file marks this paragraph as a heading (SourceDocument.headings). */
  readonly markedHeading?: true;
}

/** A parsed speech: title and paragraphs of sentences, every node with its original span. */
export interface Speech {
  readonly normalized: NormalizedDocument;
  readonly title?: TextNode;
  readonly paragraphs: readonly Paragraph[];
}
