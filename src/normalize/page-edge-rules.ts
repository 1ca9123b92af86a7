/**
 * Removals decided by a line's place on the page rather than its words: the lines above the
 * speech's title and below its last sentence. Ids and reasons as in the signature tables.
 */
export interface PageEdgeRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly seenIn: string;
}

export const PAGE_EDGE_RULES = {
  /** The page title repeated as the article title: the copy farther from the text goes. */
  duplicateTitle: { id: 'duplicate-title', reason: '重复的标题（网页标题与文章标题相同，保留一处）',
    example: '学史力行 做好机关党建“五量”答卷', seenIn: 'corpus/001' },
  /** Lines of at most TAG_LINE_LENGTH characters above the title: tags, column names. */
  tagLines: { id: 'tag-lines', reason: '标题前的标签、栏目名短行', example: '他山之石', seenIn: 'corpus/001' },
  /** Unknown lines without a sentence end after furniture at the bottom of the page. */
  footerRun: { id: 'footer-run', reason: '页尾杂项（链接、栏目等短行）',
    example: '济源机关党建网 慈溪机关党建网 青岛机关党建网 重庆机关党建网', seenIn: 'corpus/001' },
} as const satisfies Record<string, PageEdgeRule>;

/** A tag or a column name is a word or two; a title is longer. */
export const TAG_LINE_LENGTH = 6;

/**
 * Lines that show the speech has begun: above the first of them is the page header, where the
 * title is looked for. A line with a sentence end (SENTENCE_END in cjk.ts) also counts.
 */
export const SPEECH_OPENINGS: readonly { readonly pattern: RegExp; readonly example: string; readonly seenIn: string }[] = [
  { pattern: /^(?:同志们|各位|尊敬的|女士们|先生们|朋友们|老师们|同学们)[^。]{0,30}[:：，,]$/, example: '同志们:', seenIn: 'corpus/003' },
  { pattern: /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[，、,]|\d{1,2}[.．、](?!\d))/,
    example: '一、堅持抓班子建設,為加強機關黨組織建設提供組織保證', seenIn: 'corpus/002' },
];
