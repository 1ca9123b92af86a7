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
];

export const CLASSIFIER_CHARS: ReadonlySet<string> = new Set(FORMULATION_CLASSIFIERS.map((c) => c.classifier));

export interface HeadPattern {
  /** Classifier the head follows ('' for none). */
  readonly classifier: string;
  /** Heads that make the term a formulation even unquoted. */
  readonly heads: readonly string[];
  readonly example: string;
}

/**
 * Heads that are formulations by themselves: nobody counts “actions” or “magic weapons” in
 * passing, so 八大行动 is a set even without quotes; X位一体 is a fixed coinage.
 */
export const FORMULATION_HEAD_PATTERNS: readonly HeadPattern[] = [
  { classifier: '', heads: ['位一体'], example: '建立完善的教育、监督、制度三位一体的规范体系。' },
  {
    classifier: '大',
    heads: ['行动', '工程', '战略', '攻坚战', '发展理念', '理念', '体系', '布局', '平台', '板块', '专项行动', '举措', '任务', '纪律', '作风', '优势'],
    example: '市级机关同步启动三年创建计划，统筹推进“八大行动”。',
  },
  {
    classifier: '项',
    heads: ['规定', '基本原则', '原则', '纪律', '注意', '禁令'],
    example: '严格落实中央八项规定精神，持之以恒纠治“四风”。',
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
