/** Finding numbered formulations: one real sentence for each rule that makes a term a formulation. */
import { describe, expect, it } from 'vitest';
import { find, formulationsOf, terms } from './formulations-of.js';

describe('finding formulations', () => {
  it('takes a quoted numeral + classifier + head as a formulation, with n from the numeral (corpus/001)', () => {
    const f = find(formulationsOf('具体来说，就是做到“四个融合”。'), '四个融合');
    expect(f).toMatchObject({ n: 4, kind: 'formulation', evidence: ['quoted'], parts: ['四个融合'] });
    expect(f!.occurrences[0]).toMatchObject({ line: 1, column: 11, raw: '四个融合', quoted: true });
  });

  it('takes a quoted term with a long head whole (两个根本性转变)', () => {
    expect(terms('积极推进“两个根本性转变”。')).toEqual(['两个根本性转变']);
  });

  it('takes quoted coinages of one character (五量, 四强, 四史, 三级) and 双 as the numeral 2 (双结对)', () => {
    const text = [
      '学史力行 做好机关党建“五量”答卷',
      '下一步，我们将对照“四强”党支部建设目标。',
      '持续开展好以党史为重点的“四史”学习教育。',
      '健全完善基层党组织落实机关党建“三级”责任清单并纳入党建考核。',
      '拓展机关与街道社区“共驻共建互联互动”“双结对”“在职党员进社区”工作。',
    ].join('\n');
    const found = formulationsOf(text).formulations.map((f) => [f.term, f.n]);
    expect(found).toEqual([['五量', 5], ['四强', 4], ['四史', 4], ['三级', 3], ['双结对', 2]]);
  });

  it('adds up the parts of compounds and of quoted composites (两公开一监督 3, 五主题三作用 8, 三个表率、一个模范 4)', () => {
    const text = [
      '要实行公开监督，要在接受社会监督的“两公开一监督”制度的基础上，以公开保障监督。',
      '要积极探索建立以“五主题三作用”为主要内容的X、X制度。',
      '各级党组织要落实“三个表率、一个模范”要求。',
    ].join('\n');
    const found = formulationsOf(text).formulations.map((f) => ({ term: f.term, n: f.n, parts: f.parts }));
    expect(found).toEqual([
      { term: '两公开一监督', n: 3, parts: ['两公开', '一监督'] },
      { term: '五主题三作用', n: 8, parts: ['五主题', '三作用'] },
      { term: '三个表率、一个模范', n: 4, parts: ['三个表率', '一个模范'] },
    ]);
  });

  it('reads the terms of government work reports: composites with 双, compounds of 一, a bare classifier as head', () => {
    expect(formulationsOf('全面推行“双随机、一公开”监管。坚决遏制“两高”项目盲目发展。严格执行“三重一大”决策制度。加大对“三区三州”等深度贫困地区的支持力度。').formulations.map((f) => [f.term, f.n])).toEqual([
      ['双随机、一公开', 3],
      ['两高', 2],
      ['三重一大', 4],
      ['三区三州', 6],
    ]);
  });

  it('reads digit formulas, with n null for an open N (1+10+N, 1+N)', () => {
    const text = '高标准建成“1+10+N”先锋阵地。认真落实市委关于激励干部担当“1+N”系列文件精神。';
    expect(formulationsOf(text).formulations.map((f) => [f.term, f.n, f.evidence])).toEqual([
      ['1+10+N', null, ['formula']],
      ['1+N', null, ['formula']],
    ]);
  });

  it('finds unquoted terms by their head (三位一体, 三大攻坚战, 八项规定) and by 双 (双五星, 双指数)', () => {
    expect(terms('建立完善的教育、监督、制度三位一体的规范体系。')).toEqual(['三位一体']);
    expect(terms('——三大攻坚战开局良好。防范化解重大风险，宏观杠杆率趋于稳定。')).toEqual(['三大攻坚战']);
    expect(terms('严格落实中央八项规定精神，持之以恒纠治“四风”。')).toEqual(['八项规定', '四风']);
    expect(terms('双五星创评、双指数管理如何落实到每个支部、每名党员，需要一对一进行指导。')).toEqual(['双五星', '双指数']);
  });

  it('finds an unquoted term used again with the same head, and names it by what the uses share (corpus/003)', () => {
    const text = [
      '两新组织党建工作来势好。',
      '这次调研，我看了村、社区、机关事业单位、两新组织，看的可能都是好的。',
      '把农村、社区、机关、两新组织等各个领域工作贯穿起来。',
    ].join('\n');
    const f = find(formulationsOf(text), '两新组织');
    expect(f).toMatchObject({ n: 2, evidence: ['repeated'] });
    expect(f!.occurrences.map((o) => o.line)).toEqual([1, 2, 3]);
  });

  it('finds an unquoted term spelled out by exactly n items beside it (五个要素, corpus/003)', () => {
    const f = find(formulationsOf('在组织覆盖、队伍建强、活动标准、制度落实、保障有力等五个要素上都有新的进展。'), '五个要素');
    expect(f).toMatchObject({ n: 5, evidence: ['members'], strategy: 'list-before' });
  });

  it('finds an unquoted term listed next to another numbered term (两不误、两促进)', () => {
    expect(terms('二是各科室要认真负责地做好当前各项工作，做到两不误、两促进。')).toEqual(['两不误', '两促进']);
  });

  it('finds an unquoted well-known term through the lexicon (两个大局)', () => {
    const f = find(formulationsOf('统筹国内国际两个大局，全年经济社会发展主要目标任务顺利完成。'), '两个大局');
    expect(f).toMatchObject({ n: 2, evidence: ['lexicon'] });
  });

  it('reads a quoted term whose numeral a web copy wrote as a digit (“4城同创”)', () => {
    const f = find(formulationsOf('今年以来,县委、县政府认真贯彻落实以“工业经济推动年”为主题,以“4城同创”为抓手。'), '4城同创');
    expect(f).toMatchObject({ n: 4, evidence: ['quoted'] });
  });

  it('takes the term that closes a short quotation opened by a verb (“破三铁”)', () => {
    expect(find(formulationsOf('1991年朱镕基上任国务院副总理后,曾有一场小小的“破三铁”运动。'), '三铁')).toMatchObject({ n: 3, evidence: ['quoted'] });
  });

  it('reads a quoted composite whose parts are listed with 、 (一个确保、三个到位、五项改革)', () => {
    const f = find(formulationsOf('他以“一个确保、三个到位、五项改革”的施政纲领,系统地勾勒出一幅向改革纵深挺进的行动地图。'), '一个确保、三个到位、五项改革');
    expect(f).toMatchObject({ n: 9, parts: ['一个确保', '三个到位', '五项改革'] });
  });

  it('reads terms in single quotation marks nested in double ones (‘三重六敢’)', () => {
    expect(terms('党建工作中提出“抓班子、带队伍、着力培养‘三重六敢’的干部”。')).toEqual(['三重六敢']);
  });

  it('counts every use of a term once, quoted or not, and keeps a short term inside a longer one out (corpus/002)', () => {
    const text = '二是认真开展“发扬五种精神，争做新时期合格共产党员”活动。同志在党的十四大报告中提出在全党要大力提倡“五种精神”以后，我们及时发出通知。';
    const f = find(formulationsOf(text), '五种精神');
    expect(f!.occurrences.map((o) => [o.column, o.quoted])).toEqual([
      [10, false],
      [52, true],
    ]);
  });

  it('works on traditional characters and reports the raw text of the file (corpus/002)', () => {
    const f = find(formulationsOf('在學習方法上,我們針對不同層次,實行經常性自學、集中學習和離崗脫產到黨校培訓“三結合”,以集中學習和脫產輪訓為主。'), '三结合');
    expect(f!.occurrences[0]!.raw).toBe('三結合');
    expect(f!.members).toEqual(['经常性自学', '集中学习', '离岗脱产到党校培训']);
  });
});
