/**
 * Measure words (and nouns used as such) that close an inline list with its count: the count of a
 * list is a count of named things (思想、组织、作风、制度建设四个方面). A count followed by anything else
 * (教育、监督、制度三位一体; 激浊和扬清两手抓; “进一个门、办两地事”) belongs to a term or a phrase,
 * not to the list before it. A quoted formulation (“五量”) and a discourse noun (四方面, 二字: discourse-heads.ts)
 * need no measure word. Each with a real sentence.
 */
export interface ListCountWord {
  readonly word: string;
  readonly example: string;
}

export const LIST_COUNT_WORDS: readonly ListCountWord[] = [
  { word: '个', example: '做大做强酒泉、天水两个区域中心城市。（2026年甘肃省政府工作报告）' },
  { word: '大', example: '布局实施人工智能、航空航天、先进装备等六大科技专项。（2026年四川省政府工作报告）' },
  { word: '类', example: '开展土地、矿产、房屋等7类重点资产资源盘活利用试点。（2026年四川省政府工作报告）' },
  { word: '条', example: '形成光伏、风电、光热3条新能源装备制造完整产业链。（2026年甘肃省政府工作报告）' },
  { word: '家', example: '新增炳灵寺、官鹅沟、冶力关3家5A级景区。（2026年甘肃省政府工作报告）' },
  { word: '县', example: '迭部、碌曲、玛曲、镇原4县高速项目全部开工。（2026年甘肃省政府工作报告）' },
  { word: '句', example: '“干在实处永无止境”是方法路径，“走在前列要谋新篇”是目标追求，“勇立潮头方显担当”是状态境界，这三句话与思想大解放、行动大担当高度契合。（马卫光，2018）' },
  { word: '字', example: '着眼“长”“常”二字，延展教育维度、增强制度刚性。（corpus/004）' },
];
