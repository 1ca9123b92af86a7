/**
 * Numbered formulations (数字提法) and the other numbered terms told apart from them.
 * The evaluation contract (../shared/fixtures/README.md) reads formulations[{term, n, members}].
 */
import type { Diagnostic, Span } from '../../model.js';

/** Why a numbered term is not a formulation, or 'formulation'. */
export type NumberedTermKind =
  | 'formulation'
  | 'quantity' // 125个机关党组织, 23项具体任务, 三年行动计划
  | 'period' // 十一五, 十四五
  | 'ordinal' // 第五次, 十九大, 二十届三中全会
  | 'date' // 七一, 七·一, 五四运动
  | 'grade' // 4A级, 五星党员
  | 'idiom' // 一心一意, 两张皮
  | 'distributive' // 一村一品, 一级抓一级
  | 'discourse'; // 五个方面, 三点意见: the count of an announcement

/** What makes a candidate a formulation. */
export type FindingEvidence =
  | 'quoted' // “四个融合”
  | 'compound' // 两公开一监督, 三严三实
  | 'formula' // 1+10+N, 7+1, “8337”发展思路
  | 'double-prefix' // 双五星, 双指数
  | 'head-pattern' // 三位一体, 八项规定 (a head from the formulation-heads table)
  | 'set-classifier' // 八大行动, 三大科创高地: a Han numeral with 大, the classifier of named sets
  | 'announces' // 牢牢把握11方面重要遵循：1.…: a digit term naming a set and announcing its items
  | 'listed' // 两不误、两促进: next to another numbered term in one list
  | 'repeated' // 两新组织 used three times
  | 'members' // 组织覆盖、…、保障有力等五个要素
  | 'lexicon'; // a well-known formulation from the sourced lexicon

/** How the members were found. */
export type MemberStrategy =
  | 'list-before' // 教育、监督、制度三位一体
  | 'list-after' // “三严三实”：严以修身、…
  | 'enumeration' // 做到“四个融合”。一是…统领融合。二是…
  | 'clauses-after' // 五大片区共兴发展不断深化，成都平原经济区…，川南经济区…: one clause per member
  | 'sections' // the speech's own parallel sections realize the term
  | 'shared-morpheme'; // a list near a use whose items all share the term's morpheme (全地域、全领域… → 四全)

/** The members a well-known formulation stands for, from the sourced lexicon (not from the speech). */
export interface StandardMembers {
  readonly members: readonly string[];
  /** Where the wording comes from (one per part of a composite). */
  readonly sources: readonly string[];
}

/** One part of a term: 两公开一监督 has 两公开 and 一监督. */
export interface TermPart {
  /** The numeral as written: 四, 两, 双, 1, N. */
  readonly numeral: string;
  /** Its value; null for an open N or X. */
  readonly value: number | null;
  /** Classifier between numeral and head (个 大 项 种 类 条 …), '' when none. */
  readonly classifier: string;
  readonly head: string;
}

/** A place in the user's file. */
export interface TextPlace {
  readonly span: Span;
  readonly raw: string;
  readonly line: number;
  readonly column: number;
  /** Index of the paragraph. */
  readonly paragraph: number;
}

export interface TermOccurrence extends TextPlace {
  /** The term stands in quotation marks here. */
  readonly quoted: boolean;
}

export interface Member extends TextPlace {
  /** The member in the text's own words (normalized value). */
  readonly text: string;
}

export interface Formulation {
  /** As written in the normalized text (simplified): 四个融合, 三个表率、一个模范, 1+10+N. */
  readonly term: string;
  /** The number it declares (the sum of the parts for compounds); null for an open N. */
  readonly n: number | null;
  readonly kind: 'formulation';
  /** Parts of a compound (两在, 两同); a single entry otherwise. */
  readonly parts: readonly string[];
  /** In the text's own words where the text spells them out, else null. */
  readonly members: readonly string[] | null;
  readonly strategy: MemberStrategy | null;
  /** Where each member stands. */
  readonly memberPlaces: readonly Member[];
  /** What the lexicon gives for a well-known formulation, spelled out in the text or not; null if unknown. */
  readonly standardMembers: StandardMembers | null;
  readonly evidence: readonly FindingEvidence[];
  readonly occurrences: readonly TermOccurrence[];
}

/** A numbered term that is not a formulation, with the reason. */
export interface OtherNumberedTerm {
  readonly term: string;
  readonly n: number | null;
  readonly kind: Exclude<NumberedTermKind, 'formulation'>;
  /** In Chinese, for the report. */
  readonly reason: string;
  readonly occurrences: readonly TermOccurrence[];
}

export interface FormulationAnalysis {
  readonly formulations: readonly Formulation[];
  readonly otherTerms: readonly OtherNumberedTerm[];
  readonly diagnostics: readonly Diagnostic[];
}
