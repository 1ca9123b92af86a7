import type { MarkerFamily } from './marker-families.js';

/** Where a marker stands: after a comma it can only be part of an enumeration inside its sentence. */
export type MarkerPosition = 'paragraph' | 'sentence' | 'colon' | 'semicolon' | 'comma';

/**
 * A heading marker found at the start of a paragraph, sentence or clause. Offsets are into the
 * normalized text (NormalizedDocument.text.value).
 */
export interface MarkerCandidate {
  readonly family: MarkerFamily;
  /** 1-based; LAST_ORDINAL for 最后. */
  readonly ordinal: number;
  /** The marker as written in the normalized text (一、 第一， 首先是 …). */
  readonly marker: string;
  readonly paragraphIndex: number;
  readonly position: MarkerPosition;
  readonly start: number;
  /** The heading: the marker's own clause, up to the first 。！？；： or the line end. */
  readonly textStart: number;
  readonly textEnd: number;
  /** The sentence holding the marker: [sentenceStart, sentenceEnd). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}
