/**
 * Counts of plain things: people, money, time, places, batches. A numeral followed by one of these
 * units (or by 个 and one of the entity nouns) is a quantity, not a formulation.
 */
export interface UnitGroup {
  readonly reason: string;
  readonly units: readonly string[];
  readonly example: string;
}

/** Units right after the numeral (三年, 625名, 八个组 has 个 + 组 and is caught by the nouns below). */
export const QUANTITY_UNITS: readonly UnitGroup[] = [
  {
    reason: '时间的长度或时点',
    units: ['年', '周年', '个月', '月', '日', '天', '周', '季度', '小时', '分钟', '分', '世纪', '年代', '届', '期', '轮', '夜'],
    example: '扎实推进党支部标准化规范化建设“三年行动计划”，坚持抓根本强功能。',
  },
  {
    reason: '人数',
    units: ['名', '人', '个人', '位', '户', '口', '员'],
    example: '现在我们工委直接领导的125个机关党组织，共配备了625名专职党务干部。',
  },
  {
    reason: '人物的称呼或辈分',
    units: ['老汉', '老人', '兄弟', '姐妹', '姑娘', '英雄', '代人'],
    example: '八步沙林场“六老汉”三代人治沙造林群体荣获“全国防沙治沙英雄群体”称号。',
  },
  {
    reason: '金额或度量',
    units: ['元', '万', '亿', '万元', '亿元', '万人', '万户', '万亿元', '万亿斤', '公里', '千米', '米', '平方米', '亩', '吨', '斤', '倍', '%', '％'],
    example: '今年要实现村级集体经济收入全部过x万元，对达不到的村，乡镇党委就要采取措施。',
  },
  {
    reason: '次数或件数',
    units: ['次', '遍', '批', '组', '座', '所', '间', '件', '场', '份', '本', '篇', '页', '笔', '台', '辆', '处', '栋', '张', '家', '支'],
    example: '开展以“走门串户、联系群众”为主要内容的“三在”主题实践日活动，所有党员集中走访一次联系户。',
  },
];

/** After 个 (or 家, 所): nouns for places, units and people, counted plainly (18个单位, 八个组). */
export const COUNTED_ENTITY_NOUNS: readonly UnitGroup[] = [
  {
    reason: '单位、组织或地方的个数',
    units: [
      '单位', '部门', '党支部', '支部', '党组织', '机关党组织', '党委', '党小组', '组', '小组', '村', '社区', '乡镇', '县', '区',
      '市', '省', '国家', '地方', '地区', '企业', '行业', '项目', '学校', '医院', '窗口', '班子', '机关', '城市', '县市区',
    ],
    example: '我们专门挑选了党组织建设抓得比较好的18个单位作为联系点。',
  },
];

/**
 * Characters that end names of places and institutions (工业集中区, 煤矿, 乡镇): a list of names
 * closed by a count of them is a plain count, not a formulation spelled out.
 */
export const PLACE_ENDINGS: UnitGroup = {
  reason: '地方或机构的名称',
  units: [...'区矿园场站厂院校村镇乡县市省局所社店库港湾湖河山祠寺庙塔堆廊'],
  example: '西滩、砂井子、甜水、曲子四个工业集中区建设加快实施。',
};

/** Places counted without a classifier (东北三省, 两市): a count when unquoted; quoted (“三区三州”) a formulation. */
export const COUNTED_PLACES: UnitGroup = {
  reason: '地方的个数',
  units: [...'省市县区乡镇村国州'],
  example: '确定了以武力侵占中国东北三省的具体步骤。',
};

export const QUANTITY_UNIT_LIST: readonly string[] = QUANTITY_UNITS.flatMap((g) => g.units).sort((a, b) => b.length - a.length);
export const ENTITY_NOUN_LIST: readonly string[] = COUNTED_ENTITY_NOUNS.flatMap((g) => g.units).sort((a, b) => b.length - a.length);
/** Every unit that makes a count plain: after the numeral, or after 个. */
export const COUNTED_UNITS: readonly string[] = [...QUANTITY_UNIT_LIST, ...ENTITY_NOUN_LIST];
