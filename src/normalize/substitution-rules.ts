/**
 * Words that 伪原创 rewriters swap in for their near-synonyms to dodge plagiarism checks, and the
 * contexts in which the swap is certain. Every substituted word is also a real word (开展工作,
 * 表达意见, 打个比方 are right), so a rule fires only in a context listed here; when unsure, add no
 * context. To add a rule, add an entry (no code changes): the contexts are matched on normalized,
 * simplified text with full-width punctuation.
 */

/** Where the word sits. Every part given must hold; a rule fires when any one of its contexts holds. */
export interface WordContext {
  /** Must end right before the word (a regex; alternatives with |). */
  readonly before?: RegExp;
  /** Must not end right before the word. */
  readonly notBefore?: RegExp;
  /** Must start right after the word. */
  readonly after?: RegExp;
  /** Must not start right after the word. */
  readonly notAfter?: RegExp;
}

export interface SubstitutionRule {
  /** Diagnostics carry 'substitution/<id>'. */
  readonly id: string;
  /** The word as the rewriter left it. */
  readonly word: string;
  /** The word it replaced. */
  readonly replacement: string;
  readonly contexts: readonly WordContext[];
  /** A real sentence with the substituted word. */
  readonly example: string;
  readonly seenIn: string;
}

export const SUBSTITUTION_RULES: readonly SubstitutionRule[] = [
  { id: 'service', word: '效劳', replacement: '服务',
    contexts: [
      { after: /中心|功能|大局|能力|水平|意识|质量|群众|人民|保障|体系|平台|窗口|对象|理念|宗旨|事项|型/ },
      { before: /通过|提供|优化|提升|做好|搞好|强化|优质|便民|公共|政务|志愿|为民|为人民/ },
    ],
    example: '全市启动x个村(社区)党员群众效劳中心新建、改扩建,进展顺利。', seenIn: 'corpus/003' },
  { id: 'foundation', word: '根底', replacement: '基础',
    contexts: [
      { before: /基层|工作|群众|思想|物质|经济|理论|组织|产业|党建|坚实的?|扎实的?|良好的?/ },
      { after: /设施|性|较弱|薄弱|较差|差|扎实|不牢|牢固|保障|地位|作用/ },
    ],
    example: '三、注重全面统筹结合,进一步夯实基层党建推进工作基层根底', seenIn: 'corpus/003' },
  { id: 'for-example', word: '比方', replacement: '比如',
    contexts: [{ notBefore: /打|个/, after: /[，：,:]/ }],
    example: '比方,在七类支部建设上,工程支部、联村党委、专业合作社支部等迈出了可喜的步伐。', seenIn: 'corpus/003' },
  { id: 'part', word: '局部', replacement: '部分',
    // Not 大局部署: there the words are 大局 and 部署.
    contexts: [{ before: /[一大]/, notAfter: /署/ }, { after: /党员|干部|同志|群众|职工/ }],
    example: '一局部根底较弱的单位,工作来势很好、起色很大,这都很好。', seenIn: 'corpus/003' },
  { id: 'broad-masses', word: '广阔', replacement: '广大',
    contexts: [{ after: /干部|群众|党员|人民|职工|青年|师生|农民|官兵|妇女|市民/ }],
    example: '几个月的试点得到了省委组织部、市委组织部的充分肯定,也得到广阔干部群众的充分认可,成绩是主要的。', seenIn: 'corpus/003' },
  { id: 'develop-strive', word: '开展', replacement: '发展',
    contexts: [{ before: /(?<!参)谋/ }],
    example: '聚精会神抓党建,一心一意谋开展,全面夺取基层党建推进工作的胜利', seenIn: 'corpus/003' },
  { id: 'develop-noun', word: '开展', replacement: '发展',
    // 开展 takes an activity as object (开展工作); followed by these nouns, or as 科学发展观 / 经济发展, it stands for 发展.
    // Not 可持续开展: 活动可持续开展 is right.
    contexts: [
      { after: /动能|潜力|后劲|方向|机遇|同频|是第一要务|瓶颈|集体经济[，。；、]/ },
      { before: /科学/, after: /观/ },
      { before: /经济/, after: /[，。；、]|的/ },
      { before: /(?:适应|满足|服从|跟进|跟上)\p{Script=Han}{0,4}/u, after: /需要|需求/ },
    ],
    example: '用大目标引领各项工作、团结干部职工、凝聚开展动能。', seenIn: 'corpus/003' },
  { id: 'contribution', word: '奉献', replacement: '贡献',
    contexts: [{ before: /[作做]出了?(?:更大|更多|新|积极|重要|重大|突出|应有|巨大|卓越|杰出)的?/ }],
    example: '为决胜全面建成小康社会作出更大的奉献。', seenIn: 'corpus/003' },
  { id: 'embody', word: '表达', replacement: '体现',
    // One expresses opinions (表达意见), not directions or results: with these objects it stands for 体现.
    contexts: [{ after: /\p{Script=Han}{0,10}?(?:方向|价值|成效|作用|特色|优势|效果|担当)/u }],
    example: '适应开展需要建好七类支部、推进城乡一体化、信息化和智慧党建,是表达我市党建未来开展方向的。', seenIn: 'corpus/003' },
  { id: 'create', word: '创立', replacement: '创建',
    contexts: [{ before: /文明(?:城市|单位|村镇|家庭|校园)?|卫生城市|模范机关/ }, { after: /活动|全国文明|文明城市|模范机关/ }],
    example: '全国文明城市创立、精准扶贫、大数据比对、招商引资和工程建设等各项任务都非常繁重', seenIn: 'corpus/003' },
  { id: 'consolidate', word: '稳固', replacement: '巩固',
    contexts: [{ after: /拓展|和扩大|和发展|和提高/ }],
    example: '一、务必保持清醒头脑,进一步稳固拓展基层党建推进工作成果', seenIn: 'corpus/003' },
];
