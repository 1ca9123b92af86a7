import { COUNT_NUMERAL } from '../numerals.js';

/**
 * Phrases that announce how many items follow (讲五点意见, 抓了四个方面的工作, 做到“四个融合”).
 * Group `count` holds the numeral, or 几 (count unknown). Earlier entries win where two match the
 * same words. Inline lists closed by a count
 * (思想、组织、作风、制度建设四个方面) are found by find-listed-counts.ts.
 */
export interface AnnouncementPattern {
  readonly id: string;
  /** Global, with the `u` flag. */
  readonly pattern: RegExp;
  /**
   * An announcement only when its items start right after it (in its paragraph or the next): a
   * formulation closing its sentence (坚持“两个毫不动摇”。) is otherwise just named, and a count before
   * a colon otherwise a plain quantity.
   */
  readonly needsItems?: boolean;
  /** Sums up the sections before it (以上四点意见): its items are the run it closes. */
  readonly looksBack?: boolean;
  /**
   * A cheap test that every paragraph holding a match passes (the pattern needs one of these
   * characters): paragraphs that fail it are not searched.
   */
  readonly requires?: RegExp;
  /**
   * The pattern matches only at the end of its paragraph: only the paragraph's last this-many code
   * units are searched (they hold the longest match and the mark the lookahead reads after it).
   */
  readonly fromEnd?: number;
  readonly example: string;
  readonly source: string;
}

const COUNT = `(?<count>${COUNT_NUMERAL}|几)`;
const HAN = '\\p{Script=Han}';
/** What a speaker announces: points, views, requirements, problems … */
const NOUN = '(?:意见|看法|想法|要求|体会|建议|认识|希望|问题|部分|工作|任务|措施|原则|关系|环节|字)';
/** 以下 after a number or a unit means “below” (县级以下, 10万千瓦及以下), not “the following”. */
const NOT_BELOW = '(?<![0-9０-９一二三四五六七八九十百千万亿级岁元人米瓦度及%％])';

export const ANNOUNCEMENT_PATTERNS: readonly AnnouncementPattern[] = [
  {
    id: 'speak-points',
    pattern: new RegExp(
      `(?:讲|谈|强调|说|提出了?|提|汇报|布置)(?:一下|了)?(?:以下|下面|如下|这么|这样)?${COUNT}(?:点|个方面|方面|个问题|个部分|条|句话|件事)(?:的)?(?:${HAN}{0,4}?${NOUN})?`,
      'gu',
    ),
    example: '这里，我着重围绕如何创新机关党建工作，发挥机关党组织和机关党员的作用讲五点意见：',
    source: 'corpus/000 机关党建创新会讲话',
  },
  {
    id: 'from-aspects',
    // The count before the verb: 从三个方面谈点看法, 从四个方面汇报一下.
    pattern: new RegExp(
      `从${COUNT}(?:个方面|方面|个角度|点)(?:来)?(?:讲|谈|汇报|说|介绍|阐述)(?:一讲|一谈|一下|点|几点)?(?:${HAN}{0,4}?${NOUN})?`,
      'gu',
    ),
    example: '坦率地说，在这样的大家面前谈意识形态难免有点惶恐。我现在从三个方面谈点看法：',
    source: '周德睿《在审议政府工作报告时的发言提纲》（2020）',
  },
  {
    id: 'speak-some',
    // 讲点意见 without a number: a few points, count unknown (not when the count follows: 讲点意见，讲3个问题).
    pattern: new RegExp(
      `(?:讲|谈|提|说)(?:一下)?点${HAN}{0,4}?${NOUN}(?![，,]\\s*${HAN}{0,2}(?:讲|谈)${COUNT_NUMERAL})`,
      'gu',
    ),
    example: '十八大以来党中央作出一系列战略部署……今天，我就其中一些重要问题讲点意见。第一，培养担当民族复兴大任的时代新人。',
    source: '习近平《在教育文化卫生体育领域专家代表座谈会上的讲话》（2020）',
  },
  {
    id: 'aspects-of-work',
    pattern: new RegExp(`${COUNT}个方面的${NOUN}`, 'gu'),
    example: '在这方面我们着重抓了四个方面的工作。',
    source: 'corpus/002 努力搞好机关党组织建设（原文繁体，分析在繁转简之后）',
  },
  {
    id: 'these-few',
    pattern: new RegExp(`(?:这样|这么|以下|如下|下列|下面)${COUNT}(?:个|点|条|项|方面)(?:${HAN}{0,4}?${NOUN}|方面)?`, 'gu'),
    example: '准确把握这一方向，我认为要把握好这样几个字：',
    source: 'corpus/003 在基层党建工作推进会议上的讲话',
  },
  {
    id: 'divided-into',
    pattern: new RegExp(`(?:共分为?|分为|分成)${COUNT}(?:个|大)?(?:部分|板块|方面|层次)`, 'gu'),
    example: '报告共分3大板块,一是对过去一年工作的回顾;二是今年经济社会发展总体要求;三是今年重点工作任务。',
    source: '2024年政府工作报告解读讲稿（alatiku.com）',
  },
  {
    id: 'following',
    // No count: 以下 alone, closing its clause (not 以下简称, a legal abbreviation).
    pattern: new RegExp(`${NOT_BELOW}(?:以下|如下|下列)(?!简称)${HAN}{0,6}(?=[：:。])`, 'gu'),
    needsItems: true,
    example: '一年来，主要做了以下工作：',
    source: '2026年四川省人民政府工作报告',
  },
  {
    id: 'count-before-colon',
    // A count and what it counts closing its clause before a colon: the list follows.
    pattern: new RegExp(
      `(?<![0-9０-９.．第])${COUNT}(?:个方面|方面|个|大|项|条|点|种|句|件|类)(?:的)?${HAN}{0,6}?(?=[：:])`,
      'gu',
    ),
    needsItems: true,
    requires: /[：:]/u,
    example: '浙江要勇扛使命、心怀“国之大者”，必须深刻理解把握5大战略指引：一要以加强党的全面领导和全面从严治党守好“红色根脉”。',
    source: '中国共产党浙江省第十五次代表大会报告（2022）',
  },
  {
    id: 'aspects-close-paragraph',
    // Closing its paragraph, only a count of aspects or points announces (4个自然段。 describes).
    pattern: new RegExp(`${COUNT}(?:个方面|方面|点)(?:的)?(?:${HAN}{0,4}?${NOUN})?(?=[。.]?$)`, 'gu'),
    needsItems: true,
    // Count 3 + 个方面 3 + 的 1 + four Han (up to 8 code units outside the BMP) + noun 2, then 。
    fromEnd: 18,
    example: '省政府编制了《河南省国民经济和社会发展第十五个五年规划纲要（草案）》，并按照国家发展改革委反馈的规划衔接意见进行了修改完善，全文提交大会审查，这里概述几个方面。',
    source: '2026年河南省政府工作报告',
  },
  {
    id: 'summing-up',
    pattern: new RegExp(`(?:以上|上述|上面)(?:讲的|所讲的?|谈的)?${COUNT}(?:点|个方面|方面|条|个问题|个部分|项)(?:${HAN}{0,4}?${NOUN})?`, 'gu'),
    looksBack: true,
    example: '以上四点意见，与大家作个交流，供大家参考。',
    source: '马卫光《在2018年干部教育培训秋季学期开学典礼上的讲话》',
  },
  {
    id: 'quoted-goal',
    // The term closes its sentence or opens a list: 做到“四个融合”。一是…
    pattern: new RegExp(
      `(?:实现|做到|坚持|推进|把握好?|抓好|落实|做好|突出|强化|聚焦|树立|增强|处理好)[“"]?(?<count>[一二两三四五六七八九十]{1,2})(?:个|大|项|种|条)(?<head>${HAN}{1,6}?)[”"]?(?=[。：:！!]|$)`,
      'gu',
    ),
    needsItems: true,
    example: '具体来说，就是做到“四个融合”。一是聚焦“两个维护”统领融合。',
    source: 'corpus/001 学史力行 做好机关党建“五量”答卷',
  },
];
