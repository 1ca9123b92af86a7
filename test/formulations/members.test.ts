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

/** Member rules learnt from real texts outside the seeds (2026 provincial work reports, speeches of 2011–2026). */
describe('members: lists before the term in other real texts', () => {
  it('splits juxtaposed members: one character each in a quotation, two after a lead-in verb (八大产业集群, 三结合)', () => {
    const text = '持续实施“扩量、提质、延链、增效”行动，强化农业科技支撑体系建设，做强做优“牛羊菜果薯药粮种”八大产业集群，全产业链产值超过6500亿元。';
    expect(members(text, '八大产业集群')).toEqual({ members: ['牛', '羊', '菜', '果', '薯', '药', '粮', '种'], strategy: 'list-before' });
    const hu = '全面贯彻党的教育方针，实行教学科研生产三结合，坚持又红又专、全面发展的育人理念。';
    expect(members(hu, '三结合')).toEqual({ members: ['教学', '科研', '生产'], strategy: 'list-before' });
  });

  it('does not cut a verb phrase before a quoted term into members (贯彻落实“四个全面”)', () => {
    const text = '看一个干部政治素质高不高、是不是靠得住，主要就是看是不是牢固树立“四个意识”，能不能自觉践行“两个坚决维护”。';
    expect(members(text, '四个意识')).toEqual({ members: null, strategy: null });
  });

  it('reads items joined by + in a quotation, across a predicate (“政策+活动”双轮驱动, “算力+数据”建设双枢纽)', () => {
    expect(members('坚持“政策+活动”双轮驱动，深入实施提振消费专项行动。', '双轮驱动')).toEqual({ members: ['政策', '活动'], strategy: 'list-before' });
    expect(members('庆阳入选国家数据基础设施建设先行先试试点，成为全国“算力+数据”建设双枢纽城市。', '双枢纽')).toEqual({
      members: ['算力', '数据'],
      strategy: 'list-before',
    });
  });

  it('reads the subjects of a predicate that closes on the term (实现双提升, 连续9年“双下降”, 首次实现“双过万”)', () => {
    const gs = '城市、县城建成区面积分别提高8.3%、5%，城镇承载能力与吸纳能力实现双提升。';
    expect(members(gs, '双提升')).toEqual({ members: ['承载能力', '吸纳能力'], strategy: 'list-before' });
    const sc = '全省生产安全事故起数、死亡人数连续9年“双下降”，未发生重特大道路交通事故。';
    expect(members(sc, '双下降')).toEqual({ members: ['生产安全事故起数', '死亡人数'], strategy: 'list-before' });
    const trade = '新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%，进出口总额达到10318亿元、实绩企业达到10329家，首次实现“双过万”。';
    expect(members(trade, '双过万')).toEqual({ members: ['进出口总额达到10318亿元', '实绩企业达到10329家'], strategy: 'list-before' });
    expect(members(trade, '新三样')).toEqual({ members: ['新能源汽车', '光伏产品', '锂电池'], strategy: 'list-before' });
  });

  it('takes a pair joined by 和, or counted with 大, as the members (两手抓, 两大奇迹, 两大历史性课题)', () => {
    expect(members('坚持激浊和扬清两手抓，使干部队伍充满正能量。', '两手抓')).toEqual({ members: ['激浊', '扬清'], strategy: 'list-before' });
    const xi = '坚决捍卫国家主权、安全、发展利益，续写经济快速发展和社会长期稳定两大奇迹新篇章。';
    expect(members(xi, '两大奇迹')).toEqual({ members: ['经济快速发展', '社会长期稳定'], strategy: 'list-before' });
    const tasks = '强调领导干部要讲学习、讲政治、讲正气，推动着力解决提高领导水平和执政水平、增强拒腐防变和抵御风险能力两大历史性课题。';
    expect(members(tasks, '两大历史性课题')!.members![1]).toBe('增强拒腐防变和抵御风险能力');
  });

  it('does not tie two commitments, or a list closed by a count of its own, to the term after them', () => {
    const zj = '坚决拥护“两个确立”、坚决做到“两个维护”，必将不断巩固发展忠诚核心、万众一心的大好局面。';
    expect(members(zj, '两个维护')).toEqual({ members: null, strategy: null });
    const gs = '获批建设中国—吉尔吉斯斯坦文化遗产保护、中国—哈萨克斯坦草原生态修复2家“一带一路”联合实验室。';
    expect(members(gs, '一带一路')).toEqual({ members: null, strategy: null });
  });
});

describe('members: the clauses after the term', () => {
  it('takes the nouns that open the following clauses, one each, named by the head (五大片区, 2026 四川政府工作报告)', () => {
    const text =
      '五大片区共兴发展不断深化，成都平原经济区经济总量达到4万亿元、占全省比重达61.3%，川南经济区经济总量迈上万亿元台阶，川东北经济区经济总量突破9000亿元，攀西经济区转型升级成效明显，川西北生态示范区绿色发展特色更加鲜明。';
    expect(members(text, '五大片区')).toEqual({
      members: ['成都平原经济区', '川南经济区', '川东北经济区', '攀西经济区', '川西北生态示范区'],
      strategy: 'clauses-after',
    });
  });

  it('takes nothing when the clauses do not open with such a noun (五大片区 at its first use)', () => {
    const text =
      '促进五大片区协同发展，出台推动城市高质量发展的实施意见，支持成都做优做强极核功能、强化辐射带动作用，成都都市圈主引擎地位更加凸显，省域经济副中心和区域中心城市发展能级持续提升，泸州经济总量突破3000亿元，内江、眉山、自贡、遂宁经济总量突破2000亿元。';
    expect(members(text, '五大片区')).toEqual({ members: null, strategy: null });
  });
});

describe('members: an enumeration belongs to the term it follows at once', () => {
  it('leaves a 一是 run sentences after the term to the sentence that announces it (“五个必须”, 2026 四川政府工作报告)', () => {
    const text = [
      '《纲要草案》深入把握“六个坚持”重要原则和“五个必须”规律性认识，综合考虑国内外环境，结合四川发展实际，突出高质量发展导向，统筹当前和长远，兼顾需要和可能，',
      '提出了“建设现代化经济强省取得重要进展”等主要目标，细化经济发展、创新驱动、民生福祉、绿色低碳、安全保障五大类23个主要指标，明确了经济增速保持高于全国平均水平的预期目标。',
      '主要考虑：一是战略机遇叠加。二是经济大省责任。三是民生发展需要。四是后发赶超条件。',
    ].join('');
    expect(members(text, '五个必须')).toEqual({ members: null, strategy: null });
  });
});

describe('members: items opened by ordinals (a 2016 news report on college admissions)', () => {
  const text =
    '三、招生能够做到“三个不减少”：一是普通高校本专科招生计划中招收江苏学生的总规模不减少。二是本一本二等各批次招收江苏学生的计划规模均不减少。三是重点高校招收江苏学生的总计划不减少。“三个确保”：一是确保江苏考生本科录取率进一步提高，二是确保江苏考生上重点高校的机会增加，三是确保江苏考生权益得到有效保障。';

  it('keeps whole the items of a term whose head is a predicate (三个不减少), not its last two characters', () => {
    expect(members(text, '三个不减少')).toEqual({
      members: ['普通高校本专科招生计划中招收江苏学生的总规模不减少', '本一本二等各批次招收江苏学生的计划规模均不减少', '重点高校招收江苏学生的总计划不减少'],
      strategy: 'enumeration',
    });
  });

  it('drops the ordinals of items listed after the colon (三个确保)', () => {
    expect(members(text, '三个确保')).toEqual({
      members: ['确保江苏考生本科录取率进一步提高', '确保江苏考生上重点高校的机会增加', '确保江苏考生权益得到有效保障'],
      strategy: 'list-after',
    });
  });
});

describe('members: numbered headings and their frame', () => {
  it('follows 1. 2. … headings after the announcing colon and drops the frame they share (11方面重要遵循, 2022)', () => {
    const goals = [
      '实施创新驱动发展战略', '为全国改革探路', '立足浙江发展浙江、跳出浙江发展浙江', '率先突破发展不平衡不充分问题', '推进全过程人民民主建设',
      '让法治这一手真正硬起来', '促进人民精神生活共同富裕', '办实每件事、赢得万人心', '让绿色成为浙江发展最动人色彩', '建设“大平安”',
      '以伟大自我革命引领伟大社会革命',
    ];
    const text = [
      '要把学深悟透习近平新时代中国特色社会主义思想与习近平总书记对浙江工作的重要指示精神贯通起来，牢牢把握11方面重要遵循：',
      ...goals.map((goal, i) => `${i + 1}.牢牢把握${goal}的要求。`),
    ].join('\n');
    expect(members(text, '11方面重要遵循')).toEqual({ members: goals, strategy: 'enumeration' });
  });
});

describe('members: a list near a use that shares the coined morpheme', () => {
  it('finds 全地域、全领域、全要素、全功能 for 四全, preferring the regular list to the one with a typo (corpus/003)', () => {
    expect(find(formulationsOf(seed('003_e78e08f09b700b02.txt')), '四全')).toMatchObject({
      members: ['全地域', '全领域', '全要素', '全功能'],
      strategy: 'shared-morpheme',
    });
  });

  it('finds the items the same sentence spells out after the term (“三个代表”, 2026)', () => {
    const text = '集中全党智慧创立“三个代表”重要思想，强调我们党始终代表中国先进生产力的发展要求、代表中国先进文化的前进方向、代表中国最广大人民的根本利益。';
    expect(members(text, '三个代表')).toEqual({
      members: ['代表中国先进生产力的发展要求', '代表中国先进文化的前进方向', '代表中国最广大人民的根本利益'],
      strategy: 'shared-morpheme',
    });
  });

  it('does not take a list from another paragraph that only looks alike (“四稳”, 2026 甘肃政府工作报告)', () => {
    const text = [
      '加力落实宏观政策，扎实做好“四稳”工作，地区生产总值增长5.8%，增速居全国第2位。',
      '坚持稳中求进工作总基调，着眼稳就业、稳企业、稳市场、稳预期，深入实施强科技、强工业、强县域、强省会、强基础行动。',
    ].join('\n');
    expect(members(text, '四稳')).toEqual({ members: null, strategy: null });
  });
});

describe('members: the lexicon', () => {
  it('keeps the standard members of a well-known term apart: the text never spells them out (两个维护, corpus/001)', () => {
    const f = find(formulationsOf(seed('001_496adbc9182e7b34.txt')), '两个维护');
    expect(f).toMatchObject({ members: null, strategy: null, memberPlaces: [] });
    expect(f!.standardMembers!.members).toHaveLength(2);
    expect(f!.standardMembers!.sources[0]).toContain('中国共产党章程');
  });

  it('says what a term not spelled out usually stands for (八项规定, 2026 四川政府工作报告)', () => {
    const analysis = formulationsOf('开展深入贯彻中央八项规定精神学习教育，一体推进学查改，持续整治形式主义、官僚主义。');
    expect(find(analysis, '八项规定')).toMatchObject({ members: null, standardMembers: { members: expect.arrayContaining(['改进调查研究']) } });
    const d = analysis.diagnostics.find((x) => x.message.startsWith('“八项规定”'));
    expect(d!.message).toMatch(/^“八项规定”在文中没有展开，其内容通常是：改进调查研究、/);
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
