/**
 * The small words around a list that names a formulation's members: what links a list to the term
 * after it, what introduces a list after the term, and what precedes a list without belonging to
 * its first item. Each group with a real sentence.
 */
export interface WordGroup {
  readonly words: readonly string[];
  readonly example: string;
}

/** Between a list and the term that sums it up: A、B、C等三个X; “A、B”这篇“X”; “A、B”行动，即“X”. */
export const LIST_TO_TERM_LINKS: readonly WordGroup[] = [
  { words: ['等'], example: '在组织覆盖、队伍建强、活动标准、制度落实、保障有力等五个要素上都有新的进展。' },
  { words: ['这篇', '这些', '这样的', '这一', '这个', '这', '上述'], example: '做好“汲取前行力量、把准评价分量、追求服务质量、做优堡垒增量、汇聚先锋能量”这篇“五量”答卷。' },
  { words: ['即', '也就是', '简称', '统称', '合称', '概括为', '归纳为'], example: '深入开展“同人民想在一起、干在一起，风雨同舟、同甘共苦，在现代化新征程上建新功”行动，即“两在两同”建新功行动。' },
  { words: ['的'], example: '建立完善的教育、监督、制度三位一体的规范体系。' },
  { words: ['为主要内容的', '为主要内容', '为主题的', '为重点的', '为核心的', '为主线的'], example: '市委组织开展了以“走门串户、联系群众”为主要内容的“三在”主题实践活动。' },
];

/** After a term, before the list that spells it out: “考比拉”活动，即：科学考、重点比、适度拉. */
export const TERM_TO_LIST_LINKS: readonly WordGroup[] = [
  { words: ['即', '就是', '也就是', '是指', '指的是', '包括', '分别是', '主要是', '具体是'], example: '创新开展“考比拉”活动，即：科学考、重点比、适度拉，评估模范机关建设情况并组织评先推优。' },
  { words: ['是：'], example: '“三会”是：定期召开支部党员大会、支部委员会、党小组会；“一课”是：按时上好党课。' },
];

/** Words that open a clause before its list and are not part of the first item. */
export const LIST_LEAD_INS: readonly WordGroup[] = [
  { words: ['在', '从', '把', '对', '以', '按', '按照', '根据', '对照', '依照', '通过', '将', '向', '于', '由', '同', '为'], example: '在组织覆盖、队伍建强、活动标准、制度落实、保障有力等五个要素上都有新的进展。' },
  { words: ['实行', '实现', '坚持', '建立', '完善', '做到', '做好', '开展', '推进', '落实', '加强', '突出', '强化', '围绕', '聚焦', '结合', '包括', '树立', '增强', '坚定', '形成', '抓好', '要', '定期', '召开'], example: '我们针对不同层次，实行经常性自学、集中学习和离岗脱产到党校培训“三结合”。' },
  { words: ['即', '就是', '也就是', '是', '有'], example: '关键也在全，就是全地域、全领域、全要素、全功能。' },
  { words: ['我们', '我', '各级', '全市', '大家'], example: '这次调研，我看了村、社区、机关事业单位、两新组织，看的可能都是好的。' },
  { words: ['全省', '全国', '全县', '全区'], example: '全省生产安全事故起数、死亡人数连续9年“双下降”，未发生重特大道路交通事故。' },
  { words: ['又', '既', '也', '还'], example: '各级领导干部都要树立和发扬好的作风，既严以修身、严以用权、严以律己，又谋事要实、创业要实、做人要实。' },
];

/** Conjunctions before the last item: 集中学习和离岗脱产到党校培训. */
export const LAST_ITEM_CONJUNCTIONS: WordGroup = {
  words: ['以及', '和', '与', '及', '并'],
  example: '我们针对不同层次，实行经常性自学、集中学习和离岗脱产到党校培训“三结合”。',
};

/**
 * A predicate between a list and the term that sums it up, the list being its subject or object:
 * A与B实现双提升; A、B连续9年“双下降”; A、B，首次实现“双过万”; “A+B”建设双枢纽.
 */
export const LIST_TO_TERM_PREDICATES: readonly { readonly pattern: RegExp; readonly example: string }[] = [
  { pattern: /，?(?:首次|均|全面|同步)?实现$/, example: '进出口总额达到10318亿元、实绩企业达到10329家，首次实现“双过万”。' },
  { pattern: /连续[0-9０-９一二三四五六七八九十]{1,3}年$/, example: '全省生产安全事故起数、死亡人数连续9年“双下降”，未发生重特大道路交通事故。' },
  { pattern: /建设$/, example: '庆阳入选国家数据基础设施建设先行先试试点，成为全国“算力+数据”建设双枢纽城市。' },
];

/** Words that open with a conjunction's character and are no conjunction: 富强民主文明和谐美丽 is one phrase. */
export const CONJUNCTION_LOOKALIKES: WordGroup = {
  words: ['和谐', '和平', '和睦', '和美', '和衷', '与时俱进', '与日俱增', '与会', '及时', '及早', '并且', '并非', '并不', '并重', '并举'],
  example: '从二〇三五年到本世纪中叶把我国建设成为富强民主文明和谐美丽的社会主义现代化强国。',
};

/** Adverbial frames that open a section lead and are not part of the member: 从百年党史中汲取前行力量. */
export const LEAD_FRAMES: readonly { readonly pattern: RegExp; readonly example: string }[] = [
  { pattern: /^(?:从|在|于)[^，。；：]{1,14}?[中里]/, example: '从百年党史中汲取前行力量，始终保持大抓机关党建的底气和定力。' },
  { pattern: /^(?:实现|做到)(?=[从由])/, example: '一要实现从“常规建设”为主，向“品牌建设”为主转变。' },
  { pattern: /^要(?=\p{Script=Han}{2})/u, example: '一是要做好整体规划。市委明确了三年的工作重点、总体目标和年度目标。' },
];

const byLength = (groups: readonly WordGroup[]): readonly string[] => groups.flatMap((g) => g.words).sort((a, b) => b.length - a.length);
export const LIST_TO_TERM_WORDS = byLength(LIST_TO_TERM_LINKS);
export const TERM_TO_LIST_WORDS = byLength(TERM_TO_LIST_LINKS);
export const LIST_LEAD_IN_WORDS = byLength(LIST_LEAD_INS);
/** The lead-in verbs alone (实行, 坚持): what may open a run of juxtaposed members. */
export const LIST_LEAD_IN_VERBS = byLength(LIST_LEAD_INS.filter((g) => g.words.includes('实行')));
