/** Members of formulations: each strategy on real text, and the diagnostics about them. */
import { describe, expect, it } from 'vitest';
import { membersSections } from '../../src/analyze/formulations/members/members-sections.js';
import type { OutlineItem } from '../../src/analyze/types.js';
import { find, formulationsOf, seed } from './formulations-of.js';

const members = (text: string, term: string) => {
  const f = find(formulationsOf(text), term);
  return f && { members: f.members, strategy: f.strategy };
};

describe('members: a list right before the term', () => {
  it('cuts the first item to the length of its siblings (三位一体, corpus/000)', () => {
    expect(members('建立完善的教育、监督、制度三位一体的规范体系。', '三位一体')).toEqual({ members: ['教育', '监督', '制度'], strategy: 'list-before' });
  });

  it('reads a quoted list joined to the term by 这篇 (五量, corpus/001)', () => {
    const text = '起而寻策、立作立行，做好“汲取前行力量、把准评价分量、追求服务质量、做优堡垒增量、汇聚先锋能量”这篇“五量”答卷。';
    expect(members(text, '五量')).toEqual({
      members: ['汲取前行力量', '把准评价分量', '追求服务质量', '做优堡垒增量', '汇聚先锋能量'],
      strategy: 'list-before',
    });
  });

  it('reads the quotation that 即 names, without the words the term goes on with (两在两同, corpus/001)', () => {
    const text = '深入开展“同人民想在一起、干在一起，风雨同舟、同甘共苦，在现代化新征程上建新功”行动，即“两在两同”建新功行动。';
    expect(members(text, '两在两同')).toEqual({ members: ['想在一起', '干在一起', '风雨同舟', '同甘共苦'], strategy: 'list-before' });
  });

  it('splits a last item at 和 when n asks for one more, across 这 (四风)', () => {
    const text = '这次教育实践活动主要任务聚焦到作风建设上，集中解决形式主义、官僚主义、享乐主义和奢靡之风这“四风”问题。';
    expect(members(text, '四风')).toEqual({ members: ['形式主义', '官僚主义', '享乐主义', '奢靡之风'], strategy: 'list-before' });
  });

  it('reads a quoted list of bare morphemes (四种意识)', () => {
    const text = '谈了自己对增强“政治、大局、核心、看齐”四种意识重要性的认识，进一步增强四种意识。';
    expect(members(text, '四种意识')).toEqual({ members: ['政治', '大局', '核心', '看齐'], strategy: 'list-before' });
  });

  it('reads the quoted content that 以…为主要内容的 ties to the term, and refuses it when it does not add up (三讲, 三在)', () => {
    expect(members('开展以“讲学习、讲政治、讲正气”为主要内容的“三讲”教育。', '三讲')).toEqual({ members: ['讲学习', '讲政治', '讲正气'], strategy: 'list-before' });
    expect(members('市委组织开展了以“走门串户、联系群众”为主要内容的“三在”主题实践活动。', '三在')).toEqual({ members: null, strategy: null });
  });

  it('does not take the subject before a slogan for its members (两个文明, corpus/002)', () => {
    const text = '我们及时把机关党的建设纳入各部门的整体工作目标，按照省委、省政府“两个文明建设一起抓”的要求进行管理。';
    expect(members(text, '两个文明')).toEqual({ members: null, strategy: null });
  });
});

describe('members: a list right after the term', () => {
  it('reads the list after 是： and cuts the verb that governs it (三会)', () => {
    expect(members('“三会”是：定期召开支部党员大会、支部委员会、党小组会；“一课”是：按时上好党课。', '三会')).toEqual({
      members: ['支部党员大会', '支部委员会', '党小组会'],
      strategy: 'list-after',
    });
  });

  it('reads a parenthesis after the term and a short noun (“三定”方案)', () => {
    const text = '在“三定”方案(定职能、定机构、定编制)确定后,今年这一半人就分流了。';
    expect(members(text, '三定')).toEqual({ members: ['定职能', '定机构', '定编制'], strategy: 'list-after' });
  });

  it('reads one member per clause of a quotation after 即 (“破三铁”)', () => {
    const text = '曾有一场小小的“破三铁”运动,即“打破干部的铁交椅,打破员工的铁饭碗,打破分配上的铁工资”。';
    expect(members(text, '三铁')).toEqual({ members: ['打破干部的铁交椅', '打破员工的铁饭碗', '打破分配上的铁工资'], strategy: 'list-after' });
  });

  it('takes one member per ；-separated item, its first clause (八个增长)', () => {
    const text = '“八个增长”:国内生产总值19.5亿元,增长15.6%;固定资产投资33.6亿元,增长55%;地方财政收入8188万元,增长32.3%;农民人均纯收入2333元,增长19%;城镇居民人均可支配收入10345元,增长20%;规模以上工业增加值8271万元,增长37.9%;社会消费品零售总额5.7亿元,增长22%;非税收入7208万元,增长67%。';
    const found = members(text, '八个增长');
    expect(found!.strategy).toBe('list-after');
    expect(found!.members).toHaveLength(8);
    expect(found!.members![0]).toBe('国内生产总值19.5亿元');
  });
});

describe('members: an enumeration after the announcement', () => {
  it('follows 第一是…第五是 from the term’s sentence into the next paragraphs (五项改革)', () => {
    const text = [
      '关于“五项改革”,第一是粮食流通体制改革。中国由于农业政策的成功,已经连续3年丰收。',
      '第二是投资融资体制改革。因为现在的投资融资体制主要是行政审批制度。',
      '第三是住房制度改革。住房建设将要成为中国经济新的增长点。',
      '第四是医疗制度改革。我们在下半年将出台一个全国的医疗制度改革方案。',
      '第五是财政税收制度改革的进一步完善。',
    ].join('\n');
    expect(members(text, '五项改革')).toEqual({
      members: ['粮食流通体制改革', '投资融资体制改革', '住房制度改革', '医疗制度改革', '财政税收制度改革的进一步完善'],
      strategy: 'enumeration',
    });
  });

  it('reads 一是…五是 after a colon (五个突破)', () => {
    const text = '“五个突破”:一是项目工作取得新突破。全年实施50万元以上项目210个。二是工业发展取得新突破。三是“三农”工作取得新突破。四是城乡建设取得新突破。五是社会事业取得新突破。';
    expect(members(text, '五个突破')).toMatchObject({ strategy: 'enumeration', members: expect.arrayContaining(['项目工作取得新突破', '社会事业取得新突破']) });
  });

  it('keeps the word before the shared head of the items (四个融合, corpus/001)', () => {
    expect(find(formulationsOf(seed('001_496adbc9182e7b34.txt')), '四个融合')).toMatchObject({
      members: ['统领融合', '支撑融合', '推进融合', '强化融合'],
      strategy: 'enumeration',
    });
  });

  it('follows marked paragraphs past unmarked ones and cuts 实现 (三个转变, corpus/004)', () => {
    const f = find(formulationsOf(seed('004_df05c4cd14513717.txt')), '三个转变');
    expect(f).toMatchObject({ strategy: 'enumeration' });
    expect(f!.members).toEqual([
      '从“常规建设”为主，向“品牌建设”为主转变',
      '从“抓日常党务”为主，向“抓党建主业”为主转变',
      '从“传统管理”为主，向“信息化管理”为主转变',
    ]);
    expect(f!.memberPlaces.map((m) => m.line)).toEqual([20, 22, 24]);
  });

  it('does not take a run that follows a term used as a modifier (四强, corpus/001)', () => {
    expect(find(formulationsOf(seed('001_496adbc9182e7b34.txt')), '四强')).toMatchObject({ members: null, strategy: null });
  });
});

describe('members: the speech’s own sections', () => {
  const sections = seed('001_496adbc9182e7b34.txt')
    .split('\n')
    .filter((line) => /^\s*(?:学史力行\s+做好|从百年党史中|从政治统领中|从推动发展中|从标准规范中|从“两在两同”中)/.test(line))
    .join('\n');

  it('takes the paragraphs whose leads end in the term’s morpheme, without their 从…中 frame (五量, corpus/001)', () => {
    expect(members(sections, '五量')).toEqual({
      members: ['汲取前行力量', '把准评价分量', '追求服务质量', '做优堡垒增量', '汇聚先锋能量'],
      strategy: 'sections',
    });
  });

  it('takes the children of the outline item whose heading announces the term (三个转变, corpus/004)', () => {
    const paragraphs = seed('004_df05c4cd14513717.txt').split('\n').filter((line) => line.trim());
    const at = (prefix: string): number => paragraphs.findIndex((p) => p.startsWith(prefix));
    const item = (paragraph: number, marker: string, children: OutlineItem[] = []): OutlineItem => {
      const text = paragraphs[paragraph]!.slice(marker.length).split('。')[0]!;
      return { level: children.length ? 1 : 2, marker, family: '', ordinal: null, text, sentence: text, implicit: false, span: { start: 0, end: 0 }, raw: '', paragraph, children };
    };
    const heading = at('三、');
    const outline = [item(heading, '三、', [item(at('一要'), '一要'), item(at('二要'), '二要'), item(at('三要'), '三要')])];
    const use = { paragraph: heading, start: paragraphs[heading]!.indexOf('三个转变'), end: paragraphs[heading]!.indexOf('三个转变') + 4 };
    const found = membersSections(paragraphs, [use], 3, ['转变'], outline);
    expect(found).toMatchObject({ strategy: 'sections' });
    expect(found!.items.map((it) => it.text)).toEqual([
      '从“常规建设”为主，向“品牌建设”为主转变',
      '从“抓日常党务”为主，向“抓党建主业”为主转变',
      '从“传统管理”为主，向“信息化管理”为主转变',
    ]);
  });
});

describe('members: a list anywhere that shares the coined morpheme', () => {
  it('finds 全地域、全领域、全要素、全功能 for 四全, preferring the regular list to the one with a typo (corpus/003)', () => {
    expect(find(formulationsOf(seed('003_e78e08f09b700b02.txt')), '四全')).toMatchObject({
      members: ['全地域', '全领域', '全要素', '全功能'],
      strategy: 'shared-morpheme',
    });
  });
});

describe('members: the lexicon', () => {
  it('gives the standard members of a well-known term the text never spells out (两个维护, corpus/001)', () => {
    const f = find(formulationsOf(seed('001_496adbc9182e7b34.txt')), '两个维护');
    expect(f).toMatchObject({ strategy: 'lexicon', memberPlaces: [] });
    expect(f!.members).toHaveLength(2);
  });
});

describe('diagnostics', () => {
  it('reports an enumeration one item short of the announced count (a draft made from corpus/001)', () => {
    const text = '具体来说，就是做到“四个融合”。一是聚焦“两个维护”统领融合。二是完善制度机制支撑融合。四是做实党建考核强化融合。';
    const analysis = formulationsOf(text);
    expect(find(analysis, '四个融合')!.members).toEqual(['统领融合', '支撑融合']);
    const d = analysis.diagnostics.find((x) => x.ruleId === 'formulation/member-count');
    expect(d).toMatchObject({ severity: 'warning', message: '“四个融合”是4项，文中展开的却是2项：统领融合、支撑融合' });
  });

  it('notes a term that is never spelled out (三在, corpus/000)', () => {
    const text = '市委组织开展了以“走门串户、联系群众”为主要内容的“三在”主题实践活动。';
    const d = formulationsOf(text).diagnostics;
    expect(d).toEqual([expect.objectContaining({ ruleId: 'formulation/unexplained', severity: 'info', message: '“三在”在文中没有展开说明包括哪些内容' })]);
    expect(text.slice(d[0]!.span.start, d[0]!.span.end)).toBe('三在');
  });
});
