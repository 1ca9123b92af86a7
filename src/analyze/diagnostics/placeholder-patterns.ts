/**
 * Placeholders left from a template or from anonymizing a real speech. Each pattern is global;
 * `rule` says which diagnostic it raises.
 */
export interface PlaceholderPattern {
  readonly id: string;
  readonly rule: 'text/placeholder' | 'text/empty-quotes';
  readonly pattern: RegExp;
  /** A cheap test that every paragraph holding a match passes: paragraphs that fail it are not searched. */
  readonly requires?: RegExp;
  readonly example: string;
  readonly source: string;
}

/** A Latin x standing for a name, a number or a place: next to Chinese, %, 、 — not inside a Latin word. */
const LATIN_X = /(?<![A-Za-z0-9])[xX]{1,4}(?![A-Za-z0-9])(?=[\p{Script=Han}%％、，。；]|$)|(?<=[\p{Script=Han}、“])[xX]{1,4}(?![A-Za-z0-9])/gu;

export const PLACEHOLDER_PATTERNS: readonly PlaceholderPattern[] = [
  {
    id: 'latin-x',
    rule: 'text/placeholder',
    pattern: LATIN_X,
    requires: /[xX]/u,
    example: '今天，我们在这里召开全市机关党的建设工作会议，x书记亲自到会。党员电子身份认证已达x%以上。X、X是加强党的建设的永恒课题。',
    source: 'corpus/004, corpus/003',
  },
  {
    id: 'asterisks',
    rule: 'text/placeholder',
    pattern: /[*＊]{2,}/gu,
    example: '昨天，市委召开了推进**城市文明建设工程千人动员大会。',
    source: 'corpus/000 机关党建创新会讲话',
  },
  {
    id: 'times-signs',
    rule: 'text/placeholder',
    pattern: /(?<![0-9０-９])×{1,4}(?![0-9０-９])/gu,
    example: '××同志在全市机关党建工作会议上的讲话',
    source: '讲话稿模板的常见写法',
  },
  {
    id: 'empty-quotes',
    rule: 'text/empty-quotes',
    pattern: /“\s*”|"\s*"|‘\s*’/gu,
    example: '先后建立健全了机关党组织的“”、“党员民主生活会”、“民主评议党员”等制度。',
    source: 'corpus/002 努力搞好机关党组织建设',
  },
];
