/**
 * Well-known formulations and their standard members, each with the document that fixed it.
 * Used in two places only: an unquoted term found here counts as a formulation, and its standard
 * members are reported beside (never as) the members the speech itself spells out.
 */
import type { StandardMembers } from './types.js';

export interface LexiconEntry {
  readonly term: string;
  readonly members: readonly string[];
  /** Where the wording comes from. */
  readonly source: string;
}

export const FORMULATION_LEXICON: readonly LexiconEntry[] = [
  { term: '四个意识', members: ['政治意识', '大局意识', '核心意识', '看齐意识'], source: '《中国共产党章程》总纲（党的十九大部分修改，2017年）' },
  { term: '四个自信', members: ['道路自信', '理论自信', '制度自信', '文化自信'], source: '《中国共产党章程》总纲（党的十九大部分修改，2017年）' },
  { term: '两个维护', members: ['坚决维护习近平总书记党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导'], source: '《中国共产党章程》总纲（党的二十大部分修改，2022年）' },
  { term: '两个确立', members: ['确立习近平同志党中央的核心、全党的核心地位', '确立习近平新时代中国特色社会主义思想的指导地位'], source: '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（党的十九届六中全会，2021年）' },
  { term: '四个全面', members: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'], source: '党的十九届五中全会公报（2020年）' },
  { term: '五位一体', members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'], source: '党的十八大报告（2012年）' },
  { term: '三严三实', members: ['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实', '做人要实'], source: '习近平参加十二届全国人大二次会议安徽代表团审议时的讲话（2014年3月9日）' },
  { term: '八项规定', members: ['改进调查研究', '精简会议活动', '精简文件简报', '规范出访活动', '改进警卫工作', '改进新闻报道', '严格文稿发表', '厉行勤俭节约'], source: '《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》（2012年12月4日）' },
  { term: '四个伟大', members: ['伟大斗争', '伟大工程', '伟大事业', '伟大梦想'], source: '党的十九大报告（2017年）' },
  { term: '两个一百年', members: ['中国共产党成立一百年', '新中国成立一百年'], source: '党的十八大报告（2012年）' },
  { term: '四史', members: ['党史', '新中国史', '改革开放史', '社会主义发展史'], source: '习近平在“不忘初心、牢记使命”主题教育总结大会上的讲话（2020年1月8日）' },
  { term: '三会一课', members: ['支部党员大会', '支部委员会', '党小组会', '党课'], source: '《中国共产党支部工作条例（试行）》（2018年）' },
  { term: '两学一做', members: ['学党章党规', '学系列讲话', '做合格党员'], source: '中共中央办公厅《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（2016年）' },
  { term: '三大法宝', members: ['统一战线', '武装斗争', '党的建设'], source: '毛泽东《〈共产党人〉发刊词》（1939年）' },
  { term: '四风', members: ['形式主义', '官僚主义', '享乐主义', '奢靡之风'], source: '中共中央《关于在全党深入开展党的群众路线教育实践活动的意见》（2013年）' },
  { term: '两优一先', members: ['优秀共产党员', '优秀党务工作者', '先进基层党组织'], source: '中共中央关于表彰全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织的决定（2021年）' },
  { term: '三个代表', members: ['中国先进生产力的发展要求', '中国先进文化的前进方向', '中国最广大人民的根本利益'], source: '《中国共产党章程》总纲（党的十六大修改，2002年）' },
  { term: '五大发展理念', members: ['创新', '协调', '绿色', '开放', '共享'], source: '党的十八届五中全会公报（2015年）' },
  { term: '两个务必', members: ['务必使同志们继续地保持谦虚、谨慎、不骄、不躁的作风', '务必使同志们继续地保持艰苦奋斗的作风'], source: '毛泽东在党的七届二中全会上的报告（1949年3月）' },
  { term: '四个服从', members: ['党员个人服从党的组织', '少数服从多数', '下级组织服从上级组织', '全党各个组织和全体党员服从党的全国代表大会和中央委员会'], source: '《中国共产党章程》第十条' },
  { term: '三大攻坚战', members: ['防范化解重大风险', '精准脱贫', '污染防治'], source: '党的十九大报告（2017年）' },
  { term: '两个毫不动摇', members: ['毫不动摇巩固和发展公有制经济', '毫不动摇鼓励、支持、引导非公有制经济发展'], source: '党的十六大报告（2002年）' },
  { term: '四个现代化', members: ['工业现代化', '农业现代化', '国防现代化', '科学技术现代化'], source: '周恩来在三届全国人大一次会议上的政府工作报告（1964年）' },
  { term: '三农', members: ['农业', '农村', '农民'], source: '中共中央、国务院《关于促进农民增加收入若干政策的意见》（2004年中央一号文件）' },
  { term: '六稳', members: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'], source: '中共中央政治局会议（2018年7月31日）' },
  { term: '六保', members: ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转'], source: '中共中央政治局会议（2020年4月17日）' },
  { term: '三去一降一补', members: ['去产能', '去库存', '去杠杆', '降成本', '补短板'], source: '中央经济工作会议（2015年12月）' },
  { term: '三个表率', members: ['在坚定理想信念上作表率', '在彻底的自我革命上作表率', '在永远保持同人民群众的血肉联系上作表率'], source: '习近平在中央和国家机关党的建设工作会议上的讲话（2019年7月9日）' },
  { term: '一个中心、两个基本点', members: ['以经济建设为中心', '坚持四项基本原则', '坚持改革开放'], source: '党的十三大报告（1987年）' },
  { term: '四项基本原则', members: ['坚持社会主义道路', '坚持人民民主专政', '坚持中国共产党的领导', '坚持马克思列宁主义毛泽东思想'], source: '邓小平《坚持四项基本原则》（1979年3月30日）' },
  { term: '三个有利于', members: ['是否有利于发展社会主义社会的生产力', '是否有利于增强社会主义国家的综合国力', '是否有利于提高人民的生活水平'], source: '邓小平在武昌、深圳、珠海、上海等地的谈话要点（1992年）' },
  { term: '两个大局', members: ['中华民族伟大复兴战略全局', '世界百年未有之大变局'], source: '《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》（党的十九届五中全会，2020年）' },
  { term: '一个模范', members: ['建设让党中央放心、让人民群众满意的模范机关'], source: '习近平在中央和国家机关党的建设工作会议上的讲话（2019年7月9日）' },
];

const BY_TERM = new Map(FORMULATION_LEXICON.map((e) => [e.term, e]));

/** The entry for a term, or for each part of a composite (三个表率、一个模范) when all are known. */
export function lexiconMembers(term: string, parts: readonly string[]): StandardMembers | null {
  const whole = BY_TERM.get(term);
  if (whole) return { members: whole.members, sources: [whole.source] };
  if (parts.length < 2) return null;
  const entries = parts.map((p) => BY_TERM.get(p));
  if (!entries.every(Boolean)) return null;
  return { members: entries.flatMap((e) => e!.members), sources: [...new Set(entries.map((e) => e!.source))] };
}

/** A lexicon term that starts at `at` in `text`, longest first. */
export function lexiconTermAt(text: string, at: number): string | undefined {
  let found: string | undefined;
  for (const e of FORMULATION_LEXICON) if (text.startsWith(e.term, at) && (!found || e.term.length > found.length)) found = e.term;
  return found;
}
