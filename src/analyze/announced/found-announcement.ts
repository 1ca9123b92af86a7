/** An announcing phrase as found in the text, before its items are looked for. */
export interface FoundAnnouncement {
  /** Id of the pattern that found it (ANNOUNCEMENT_PATTERNS, or 'listed-count'). */
  readonly pattern: string;
  /** The phrase, in normalized offsets. */
  readonly start: number;
  readonly end: number;
  /** null for 几. */
  readonly count: number | null;
  /** The members the phrase itself lists (思想、组织、作风、制度建设四个方面), with their offsets. */
  readonly members?: readonly ListMember[];
  /** A list closed by a formulation (五量): an announcement only if its members lead sections. */
  readonly needsSections?: boolean;
  /** A formulation closing its sentence (做到“四个融合”。): an announcement only if items follow right after. */
  readonly needsItems?: boolean;
  /** Sums up the sections before it (以上四点意见). */
  readonly looksBack?: boolean;
  /** A list left open by 等 (人工智能、航空航天、先进装备等六大科技专项): it may name fewer than its count. */
  readonly open?: boolean;
  /** Count and noun (3转变): the same announcement repeated in one section has the same key. */
  readonly key: string;
}

export interface ListMember {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
