/**
 * Results of the analyze stage. Field names of the JSON report follow these types; the evaluation
 * contract (../shared/fixtures/README.md) reads outline[{level, marker, text, children}],
 * announced[{phrase, count, found}] and formulations[{term, n, members}].
 */
import type { Diagnostic, Span, Speech } from '../model.js';
import type { Formulation, OtherNumberedTerm } from './formulations/types.js';
import type { Keyword } from './keywords/extract-keywords.js';
import type { SpeechStats } from './stats/types.js';

export interface OutlineItem {
  /** 1 = the highest level this speech uses. */
  readonly level: number;
  /** The marker as written in the normalized text: 一、 （一） 1. 第一， 一是 首先 …; '' when implicit. */
  readonly marker: string;
  /**
   * The marker family id from the marker table (e.g. 'han-dun', 'paren-han', 'di-han', 'yi-shi', 'dash');
   * 'heading-line' for an unnumbered heading line, 'implicit' for a parallel paragraph.
   */
  readonly family: string;
  /** 1-based ordinal the marker stands for (一 → 1, 其次 → 2); null when implicit and for 最后. */
  readonly ordinal: number | null;
  /** The heading: the marker's own clause, without the marker. */
  readonly text: string;
  /** The whole first sentence, for context. */
  readonly sentence: string;
  /** A section with no marker: a heading line, or a parallel paragraph an announcement introduces. */
  readonly implicit: boolean;
  /** Span of marker + heading in the original file, and its raw slice. */
  readonly span: Span;
  readonly raw: string;
  /** Index of the paragraph the heading starts. */
  readonly paragraph: number;
  readonly children: readonly OutlineItem[];
}

export interface Announcement {
  /** The announcing phrase (讲五点意见, 做到“四个融合”, 思想、组织、作风、制度建设四个方面). */
  readonly phrase: string;
  /** The number announced; null for 几. */
  readonly count: number | null;
  /** How many items really follow. */
  readonly found: number;
  /** 'outline': the items are sections or enumerated paragraphs; 'inline': a list inside one sentence. */
  readonly scope: 'outline' | 'inline';
  /** The items agree with the count (for 几: some were found; for a list left open by 等: no more than it). */
  readonly ok: boolean;
  /** Sums up what came before (以上四点意见) rather than announcing what follows. */
  readonly looksBack: boolean;
  /** Id of the announcement pattern that found the phrase ('listed-count' for inline lists). */
  readonly pattern: string;
  readonly span: Span;
  readonly raw: string;
  /** The items found, as short texts. */
  readonly items: readonly string[];
}

/** Everything the analyze stage finds in one speech. */
export interface SpeechAnalysis {
  /** The parsed speech (its source gives the path and the original text that spans point into). */
  readonly speech: Speech;
  readonly title?: string;
  readonly outline: readonly OutlineItem[];
  readonly announced: readonly Announcement[];
  /** Numbered formulations (数字提法) with their members. */
  readonly formulations: readonly Formulation[];
  /** Other numbered terms told apart from formulations (quantities, periods, ordinals, idioms …). */
  readonly numberedTerms: readonly OtherNumberedTerm[];
  /** Length, speaking time, four-character phrases and parallel runs (排比). */
  readonly stats: SpeechStats;
  /** TF-IDF keywords, when the caller ran the segmenter (analyze does for --json and --md). */
  readonly keywords?: readonly Keyword[];
  /** Problems in the text, normalization's and the analysis's, in text order. */
  readonly diagnostics: readonly Diagnostic[];
}
