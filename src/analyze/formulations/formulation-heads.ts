/**
 * What may stand between a numeral and the head of a formulation, and heads that mark a
 * formulation even without quotation marks. Each entry carries a real sentence.
 */

export interface ClassifierEntry {
  readonly classifier: string;
  readonly example: string;
}

/** Classifiers of formulations: 四个融合, 八大行动, 八项规定, 五种精神, 七类支部, 两条底线. */
export const FORMULATION_CLASSIFIERS: readonly ClassifierEntry[] = [
  { classifier: '个', example: '具体来说，就是做到“四个融合”。' },
  { classifier: '大', example: '市级机关同步启动三年创建计划，统筹推进“八大行动”。' },
  { classifier: '项', example: '严格落实中央八项规定精神，持之以恒纠治“四风”。' },
  { classifier: '种', example: '我们及时发出通知，要求在全体党员中开展“发扬五种精神，争做新时期合格共产党员”的活动。' },
  { classifier: '类', example: '适应开展需要建好七类支部、推进城乡一体化、信息化和智慧党建。' },
  { classifier: '条', example: '守住发展和生态两条底线。' },
  { classifier: '点', example: '这里，我着重围绕如何创新机关党建工作讲五点意见。' },
  { classifier: '篇', example: '做好金融“五篇大文章”，用好新型政策性金融工具，深入实施企业挂牌上市“玉如意计划”和贷款畅通工程。' },
];

/**
 * One-character modifiers that a quotation puts before the numeral as part of the name (“新三样”);
 * any other single character there is a verb that only opens the quotation (“破三铁”: 破 + 三铁).
 */
export const QUOTED_LEAD_MODIFIERS: { readonly words: readonly string[]; readonly example: string } = {
  words: ['新', '老', '大', '小', '前', '后', '上', '下', '东', '西', '南', '北', '中'],
  example: '开展“川行天下”精品活动103场，新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%。',
};

/** The classifier of named sets: a Han numeral with 大 names a set (八大行动, 三大科创高地), never a plain count. */
export const SET_CLASSIFIER = '大';

export const CLASSIFIER_CHARS: ReadonlySet<string> = new Set(FORMULATION_CLASSIFIERS.map((c) => c.classifier));

export interface HeadPattern {
  /** Classifier the head follows ('' for none). */
  readonly classifier: string;
  /** Heads that make the term a formulation even unquoted. */
  readonly heads: readonly string[];
  readonly example: string;
}

/**
 * Heads that are formulations by themselves: nobody counts “rules” or “principles” in passing, so
 * 八项规定 is a set even without quotes; X位一体 is a fixed coinage.
 */
export const FORMULATION_HEAD_PATTERNS: readonly HeadPattern[] = [
  { classifier: '', heads: ['位一体'], example: '建立完善的教育、监督、制度三位一体的规范体系。' },
  {
    classifier: '项',
    heads: ['规定', '基本原则', '原则', '纪律', '注意', '禁令'],
    example: '严格落实中央八项规定精神，持之以恒纠治“四风”。',
  },
];

export interface SetNounGroup {
  readonly nouns: readonly string[];
  readonly example: string;
}

/**
 * Nouns that end the name of a counted set: an unquoted 三大科创高地建设 is named up to 高地, 五大急危重症
 * 救治中心县级全覆盖 up to 中心, 双城经济圈发展 up to 经济圈. A digit term that ends in one and announces its items (牢牢把握11方面重要
 * 遵循：) is a formulation too.
 */
export const SET_NOUNS: readonly SetNounGroup[] = [
  {
    nouns: ['行动计划', '行动', '工程', '战略', '攻坚战', '专项行动', '专项', '计划', '举措', '任务', '机制', '体系', '布局'],
    example: '深入实施富民强省十大行动计划，全面建设“六个浙江”，高水平全面建成小康社会。',
  },
  {
    nouns: ['产业集群', '集群', '产业', '制造业', '服务业', '领域', '板块', '平台', '中心', '高地', '基地', '片区', '通道'],
    example: '建成125个县域医共体，实现五大急危重症救治中心县级全覆盖。',
  },
  {
    nouns: ['发展理念', '理念', '纪律', '作风', '优势', '差距', '关系', '课题', '奇迹', '法宝'],
    example: '全面阐述正确处理社会主义现代化建设中的十二大关系；坚持把发展作为党执政兴国的第一要务。',
  },
  {
    nouns: ['经济圈', '都市圈', '城市群', '驱动', '引擎'],
    example: '坚持“政策+活动”双轮驱动，深入实施提振消费专项行动，扩大优质消费品和服务供给。',
  },
  {
    nouns: ['遵循', '指引'],
    example: '要把学深悟透习近平新时代中国特色社会主义思想与习近平总书记对浙江工作的重要指示精神贯通起来，牢牢把握11方面重要遵循：',
  },
];

/**
 * Nouns that follow a digit code and make it a formulation (“8337”发展思路); without one a quoted
 * number is a hotline or a code (“12345”热线).
 */
export const CODE_FOLLOWERS: readonly { readonly nouns: readonly string[]; readonly example: string }[] = [
  {
    nouns: ['发展思路', '思路', '战略', '工程', '体系', '模式', '机制', '布局', '格局', '要求', '行动', '举措', '目标', '任务', '工作法', '工作体系', '先锋阵地', '阵地', '系列文件', '文件', '计划'],
    example: '高标准建成“1+10+N”先锋阵地，初步形成“一部门一品牌、一支部一特色”工作格局。',
  },
];
