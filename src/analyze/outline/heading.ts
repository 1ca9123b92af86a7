import type { Paragraph } from '../../model.js';
import type { MarkerFamily } from './marker-families.js';

/**
 * A heading of the speech, marked (一、 第一， 一是 …) or implicit (a parallel paragraph that an
 * announcement introduces). Offsets are into the normalized text.
 */
export interface Heading {
  /** null for an implicit section. */
  readonly family: MarkerFamily | null;
  /** 1-based; LAST_ORDINAL for 最后; null when implicit. */
  readonly ordinal: number | null;
  /** As written in the normalized text; '' when implicit. */
  readonly marker: string;
  readonly paragraphIndex: number;
  /** Start of the marker (of the paragraph when implicit). */
  readonly start: number;
  /** The heading text: the marker's own clause. */
  readonly textStart: number;
  readonly textEnd: number;
  /** The sentence the heading opens. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/**
 * An unmarked heading at the start of paragraph `p` (a heading line, an implicit section): its text
 * and its sentence end `textLength` and `sentenceLength` characters into the paragraph.
 */
export function unmarkedHeading(p: Paragraph, textLength: number, sentenceLength: number): Heading {
  return {
    family: null,
    ordinal: null,
    marker: '',
    paragraphIndex: p.index,
    start: p.offset,
    textStart: p.offset,
    textEnd: p.offset + textLength,
    sentenceStart: p.offset,
    sentenceEnd: p.offset + sentenceLength,
  };
}

/** Headings of one family that follow one another as siblings (一、二、三、; 一是…四是). */
export interface HeadingRun {
  readonly id: number;
  /** null for implicit sections and for heading lines. */
  readonly family: MarkerFamily | null;
  readonly items: readonly Heading[];
  /** Unnumbered heading lines (“十四五”时期工作回顾): like 一、 they open main parts of the speech. */
  readonly headingLines?: boolean;
  /**
   * Where the section of the last item ends at the latest (its siblings' length; a summary such as
   * 以上四点意见 closes the run); without it, at the next heading at its level or above.
   */
  readonly end?: number;
}

/** A heading placed in the speech's tree of sections. */
export interface OutlineNode {
  readonly heading: Heading;
  readonly run: HeadingRun;
  readonly parent: OutlineNode | null;
  /** 1 = the highest level this speech uses. */
  readonly depth: number;
  readonly children: OutlineNode[];
  /** End of the section (the start of the next heading at this depth or above), normalized offset. */
  end: number;
}

export interface OutlineTree {
  readonly roots: readonly OutlineNode[];
  /** All nodes in document order. */
  readonly nodes: readonly OutlineNode[];
  readonly nodeOf: ReadonlyMap<Heading, OutlineNode>;
  /** Length of the normalized text: the end of the last sections. */
  readonly end: number;
}
