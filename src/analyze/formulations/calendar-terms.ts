/**
 * Numbered names of periods, meetings, dates and grades. Each rule looks at the numeral, what
 * follows it and what precedes it; the first rule that matches names the kind.
 */
import type { NumberedTermKind } from './types.js';

export interface CalendarRule {
  readonly kind: Extract<NumberedTermKind, 'period' | 'ordinal' | 'date' | 'grade'>;
  readonly reason: string;
  /** Tested on the text from the numeral on. The match is the term. */
  readonly pattern: RegExp;
  /** Tested on the text before the numeral, when set. */
  readonly before?: RegExp;
  readonly example: string;
}

/**
 * What follows the ordinal of a congress: 十九大报告, 十八大以来, 十二大上, 十八大以后, 十九大后我们…,
 * 十九大对打好脱贫攻坚战作出部署, or the end of the phrase — never the noun of a set (十二大关系).
 */
const CONGRESS_FOLLOWER =
  '(?=$|报告|精神|以来|以后|之后|后|前|对|召开|代表|期间|胜利|上|提出|强调|明确|部署|要求|指出|党章|闭幕|开幕|作出|通过|确立|的|和|及|、|，|。|；|”|）)';
const MONTH = '(?:十[一二]?|[一二三四五六七八九])';
/** The plenums of one central committee, one or several: 六中全会, 二中、三中全会, 五中和六中全会. */
const PLENUMS = '[一二三四五六七八九]中(?:[、和及][一二三四五六七八九]中)*全会';
const DAY = '(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])';

export const CALENDAR_RULES: readonly CalendarRule[] = [
  {
    kind: 'period',
    reason: '五年规划的时期名称',
    pattern: /^(?:十[一二三四五六七八九]?|[一二三四六七八九])五(?=$|[”」』"规计时期末初以开收）)]|[，、。；])/,
    example: '为全市第五次党代会的顺利召开，推进全市“十一五”规划提供坚强有力的组织保证。',
  },
  {
    kind: 'ordinal',
    reason: '党的代表大会的届次',
    pattern: new RegExp(`^[一二三四五六七八九十]+大${CONGRESS_FOLLOWER}`),
    before: /(?:党的|第)$/,
    example: '总书记在党的十九大报告中第一次提出了党的建设质量的重大时代命题。',
  },
  {
    // Without 党的 only what follows tells a congress (十八大以来) from a set (十二大关系).
    kind: 'ordinal',
    reason: '党的代表大会的届次',
    pattern: new RegExp(`^(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大${CONGRESS_FOLLOWER}`),
    example: '同志在党的十四大报告中提出在全党要大力提倡“五种精神”。',
  },
  {
    kind: 'ordinal',
    reason: '会议的届次',
    pattern: new RegExp(`^[一二三四五六七八九十]+届(?:${PLENUMS}|全国人大|人大|政协|全国政协)?(?:[一二三四五六七八九十]+次(?:会议|全体会议)?)?`),
    example: '我们按照党的十四届四中全会《决定》和省委的要求，紧密结合省直机关党组织的实际。',
  },
  {
    kind: 'ordinal',
    reason: '中央全会的次序',
    pattern: new RegExp(`^${PLENUMS}`),
    example: '党的十九届六中全会审议通过了《中共中央关于党的百年奋斗重大成就和历史经验的决议》。',
  },
  {
    kind: 'date',
    reason: '纪念日或日期',
    pattern: new RegExp(`^${MONTH}[·・.]?${DAY}(?=$|[”」』"，、。；）]|运动|青年节|劳动节|建军节|儿童节|妇女节|国庆|黄金周|前夕|当天|重要讲话|讲话|以来|事变)`),
    example: '市委要求“七·一”当天在全市党员中开展以“走门串户、联系群众”为主要内容的“三在”主题实践日活动。',
  },
  {
    kind: 'ordinal',
    reason: '线路、型号或编号的序号',
    pattern: /^[一二三四五六七八九十]+号(?:线|楼|机组|工程|卫星)?/,
    example: '平庆铁路、兰合铁路、天陇铁路、西成铁路甘肃段等项目加快建设。建成兰州轨道交通二号线。',
  },
  {
    kind: 'grade',
    reason: '等级或评定星级',
    pattern: /^(?:[0-9０-９]+[AＡ]+级?|[一二三四五六七八九十1-9]+星级?)/,
    example: '党员电子身份认证已达x%以上，五星党员创评覆盖率已达x%以上。',
  },
];
