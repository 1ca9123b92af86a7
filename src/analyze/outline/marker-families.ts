import { HAN_NUMERAL, parseCircledNumeral, parseCount } from '../numerals.js';

/**
 * The heading markers of Chinese speeches and official documents, one entry per family.
 * A marker counts only at the start of a paragraph, sentence or clause (find-marker-candidates.ts);
 * whether a run of them forms headings is decided from the text around them (group-marker-runs.ts).
 */
export type MarkerFamilyId =
  | 'han-dun'
  | 'paren-han'
  | 'arabic'
  | 'paren-arabic'
  | 'circled'
  | 'di-part'
  | 'di-question'
  | 'di-han'
  | 'yi-shi'
  | 'yi-yao'
  | 'fangmian'
  | 'sequence'
  | 'qi-han'
  | 'dash';

/** Ordinal of 最后: after every numbered member, never a gap. */
export const LAST_ORDINAL = Number.POSITIVE_INFINITY;

export interface MarkerFamily {
  readonly id: MarkerFamilyId;
  /** Name shown to users. */
  readonly name: string;
  /** Anchored at the clause start; the whole match is the marker as written. */
  readonly pattern: RegExp;
  /** The 1-based ordinal a match stands for. */
  readonly ordinal: (match: RegExpExecArray) => number | null;
  /** How the marker of ordinal n is written, for messages (“缺少‘三、’”). */
  readonly format: (n: number) => string;
  /**
   * Place in the standard order of document levels 一、 > （一） > 1. > （1） (GB/T 9704-2012 §7.3.3);
   * families without a rank (第一，一是 首先 …) sit at whatever level the speech gives them.
   */
  readonly rank?: number;
  /** A run must reach its second member: 首先 alone is an adverb (首先抓好…). */
  readonly needsSecond?: boolean;
  /** Opens a main part of the speech: a run of 一是 / 首先 … does not reach across it. */
  readonly opensPart?: boolean;
  /**
   * Carries no number (——): counts only at the start of a paragraph that holds a sentence, and its
   * items are numbered by their place in the run.
   */
  readonly unordered?: boolean;
  /** A real sentence that uses the marker, and where it comes from. */
  readonly example: string;
  readonly source: string;
}

const HAN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十. */
export function hanNumeral(n: number): string {
  if (n <= 10) return HAN[n] ?? String(n);
  if (n < 20) return `十${HAN[n - 10]}`;
  return `${HAN[Math.floor(n / 10)]}十${HAN[n % 10]}`;
}

/**
 * The numeral right after the marker, if any: when it is the next number, the marker is the first half
 * of a range (一、二季度; 第一、二批); when it is the same, a saying (一是一，二是二). Other numbers may
 * follow (一、八十年代…; 一、2023年…).
 */
const NEXT = '(?=(?<next>[一二三四五六七八九十两]*))';
const num = (m: RegExpExecArray): number | null => {
  const n = parseCount(m.groups!.num!);
  const next = m.groups!.next ? parseCount(m.groups!.next) : null;
  return n !== null && (next === n + 1 || next === n) ? null : n;
};
const WORD_ORDINALS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 最后: LAST_ORDINAL, 一方面: 1, 另一方面: 2 };

export const MARKER_FAMILIES: readonly MarkerFamily[] = [
  {
    id: 'han-dun',
    name: '一、',
    pattern: new RegExp(`^(?<num>${HAN_NUMERAL})[、．.]${NEXT}`, 'u'),
    ordinal: num,
    format: (n) => `${hanNumeral(n)}、`,
    rank: 1,
    opensPart: true,
    example: '一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。',
    source: 'corpus/004 2024年机关党的建设工作会议讲话',
  },
  {
    id: 'paren-han',
    name: '（一）',
    pattern: new RegExp(`^[（(](?<num>${HAN_NUMERAL})[）)]`, 'u'),
    ordinal: num,
    format: (n) => `（${hanNumeral(n)}）`,
    rank: 2,
    example: '(一)如何对待我们伟大的人民解放军。这个问题一说大家都知道，要爱护解放军。',
    source: '戚本禹等接见北京中学代表时的讲话（1967），下边主要讲三个问题',
  },
  {
    id: 'arabic',
    name: '1.',
    pattern: /^(?<num>[0-9０-９]{1,2})[.．、](?![0-9０-９])/u,
    ordinal: num,
    format: (n) => `${n}.`,
    rank: 3,
    example: '1.作评价。讲话第一部分，4个自然段：“言会”“祝贺”“回顾”“评价”。',
    source: '对胡锦涛在青藏铁路通车庆祝大会上讲话的评析',
  },
  {
    id: 'paren-arabic',
    name: '（1）',
    pattern: /^[（(](?<num>[0-9０-９]{1,2})[）)]/u,
    ordinal: num,
    format: (n) => `（${n}）`,
    rank: 4,
    example: '(1)言会。讲话伊始就鲜明地提出“青藏铁路精神”。',
    source: '对胡锦涛在青藏铁路通车庆祝大会上讲话的评析',
  },
  {
    id: 'circled',
    name: '①',
    pattern: /^(?<num>[①-⑳])/u,
    ordinal: (m) => parseCircledNumeral(m.groups!.num!),
    format: (n) => String.fromCodePoint(0x245f + n),
    rank: 5,
    example: '①加强组织领导。②强化督促检查。',
    source: '讲话提纲的常见写法（语料中尚无实例）',
  },
  {
    id: 'di-part',
    name: '第一部分',
    pattern: new RegExp(`^第(?<num>${HAN_NUMERAL})部分[，、：:,．.\\s]?`, 'u'),
    ordinal: num,
    format: (n) => `第${hanNumeral(n)}部分`,
    opensPart: true,
    example: '第一部分，讲讲我们在八十年代要做的三件大事和进入八十年代的国内形势。',
    source: '邓小平《目前的形势和任务》（1980），我想讲三个部分',
  },
  {
    id: 'di-question',
    name: '第一个问题',
    pattern: new RegExp(`^第(?<num>${HAN_NUMERAL})个(?:大)?问题[，、：:,．.\\s]?`, 'u'),
    ordinal: num,
    format: (n) => `第${hanNumeral(n)}个问题`,
    opensPart: true,
    example: '第一个问题：深刻认识我国脱贫攻坚取得的决定性进展。党的十八大以来，党中央从全面建成小康社会要求出发……',
    source: '习近平《在打好精准脱贫攻坚战座谈会上的讲话》（2018），我讲点意见，讲3个问题',
  },
  {
    id: 'di-han',
    name: '第一，',
    pattern: new RegExp(`^第(?<num>${HAN_NUMERAL})(?:点|个方面)?(?:[，、：:,．.]|是|\\s)${NEXT}`, 'u'),
    ordinal: num,
    format: (n) => `第${hanNumeral(n)}，`,
    example: '第一,创新机关党建工作要体现在增强机关党组织的整体功能上。',
    source: 'corpus/000 机关党建创新会讲话',
  },
  {
    id: 'yi-shi',
    name: '一是',
    pattern: new RegExp(`^(?<num>${HAN_NUMERAL})是${NEXT}`, 'u'),
    ordinal: num,
    format: (n) => `${hanNumeral(n)}是`,
    example: '一是树立更强烈的政治意识。把创建工作纳入市委的统一工作部署。',
    source: 'corpus/001 学史力行 做好机关党建“五量”答卷',
  },
  {
    id: 'yi-yao',
    name: '一要',
    pattern: new RegExp(`^(?<num>${HAN_NUMERAL})要(?!素)${NEXT}`, 'u'),
    ordinal: num,
    format: (n) => `${hanNumeral(n)}要`,
    example: '一要凝心聚力抓党建。当前，部分基层党务干部反映党建活动多。',
    source: 'corpus/001 学史力行 做好机关党建“五量”答卷',
  },
  {
    id: 'fangmian',
    name: '一方面',
    pattern: /^(?<word>一方面|另一方面)[，,]?/u,
    ordinal: (m) => WORD_ORDINALS[m.groups!.word!] ?? null,
    format: (n) => (n === 1 ? '一方面' : '另一方面'),
    example: '一方面,要客观公正地评价成绩和问题。',
    source: 'corpus/003 在基层党建工作推进会议上的讲话',
  },
  {
    id: 'sequence',
    name: '首先',
    // 再次 also means “again” (再次强调): only 再次， / 再次是 count.
    pattern: /^(?:(?<word>首先|其次|最后)(?:是)?|(?<again>再次)(?=[是，,])是?)[，,]?/u,
    ordinal: (m) => WORD_ORDINALS[m.groups!.word ?? m.groups!.again!] ?? null,
    format: (n) => ['', '首先', '其次', '再次'][n] ?? '最后',
    needsSecond: true,
    example: '首先是抓選拔。我們要求部委廳局機關黨委的成員必須是黨性強，作風正……的同志。',
    source: 'corpus/002 努力搞好機關黨組織建設',
  },
  {
    id: 'qi-han',
    name: '其一',
    pattern: /^其(?<num>[一二三四五六七八九十])(?:是)?[，、,：:]?/u,
    ordinal: num,
    format: (n) => `其${hanNumeral(n)}`,
    example: '其一，高保真重建既要材质估计准，又要忠实保留输入图像里的细节。',
    source: '论文评述中的用法（讲话语料中尚无实例）',
  },
  {
    id: 'dash',
    name: '——',
    pattern: /^——(?=[^—\s])/u,
    ordinal: () => 1,
    format: () => '——',
    unordered: true,
    example: '——我们要学习江泽民同志坚定如磐的政治信仰。江泽民同志对共产主义理想坚贞不渝，对党和人民无限忠诚，矢志不移为党和人民事业而奋斗。',
    source: '习近平《在纪念江泽民同志诞辰100周年大会上的讲话》（2026）',
  },
];
