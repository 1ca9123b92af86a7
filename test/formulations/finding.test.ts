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

/** Rules learnt from real texts outside the seeds (2026 provincial work reports, a 2022 party congress report, speeches of 2011–2026). */
describe('finding formulations in texts beyond the seeds', () => {
  it('reads a doubled numeral as a coded name that declares its count once (“八八战略”), two different ones as declaring none', () => {
    const f = find(formulationsOf('大会主题是：高举习近平新时代中国特色社会主义思想伟大旗帜，忠实践行“八八战略”，坚决做到“两个维护”。'), '八八战略');
    expect(f).toMatchObject({ n: 8, parts: ['八八战略'] });
    const text = '他领导实施西部大开发战略、国家八七扶贫攻坚计划，出台增加农民收入、关心国有企业下岗职工生活和再就业等政策举措。';
    expect(find(formulationsOf(text), '八七扶贫攻坚计划')).toMatchObject({ n: null });
  });

  it('reads parallel numeral–unit pairs as one compound (“四千四万”: 4 + 4)', () => {
    const f = find(formulationsOf('改革开放之初，绍兴人凭着“四千四万”精神，干成了许多大事，闯出了一片天地。'), '四千四万');
    expect(f).toMatchObject({ n: 8, parts: ['四千', '四万'] });
  });

  it('lets a later part of a quoted compound start where a place name would (“一中心四平台一网格”, not 四平)', () => {
    const f = find(formulationsOf('坚持和发展新时代“枫桥经验”，“一中心四平台一网格”体系标准化构建，共享法庭全面推广。'), '一中心四平台一网格');
    expect(f).toMatchObject({ n: 6, parts: ['一中心', '四平台', '一网格'] });
  });

  it('takes a quotation with a modifier before the numeral whole (“新三样”, “天府森林四库”)', () => {
    expect(find(formulationsOf('新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%。'), '新三样')).toMatchObject({ n: 3, parts: ['新三样'] });
    expect(find(formulationsOf('推进国家和省级生态产品价值实现机制试点，加强“天府森林四库”建设，林草产业产值年均增长超10%。'), '天府森林四库')).toMatchObject({ n: 4 });
  });

  it('keeps a numeral that ends a quotation in the head (“双过万”) and a quoted head of up to eight characters (“三大高速公路新通道”)', () => {
    expect(terms('进出口总额达到10318亿元、实绩企业达到10329家，首次实现“双过万”。')).toEqual(['双过万']);
    expect(terms('市场化建设“三大高速公路新通道”和甘川新通道。')).toEqual(['三大高速公路新通道']);
  });

  it('reads 篇 as a classifier (“五篇大文章”)', () => {
    expect(find(formulationsOf('做好金融“五篇大文章”，用好新型政策性金融工具。'), '五篇大文章')).toMatchObject({ n: 5, parts: ['五篇大文章'] });
  });

  it('reads each item of a quoted list that is a term by itself (“四化同步、城乡融合、五区共兴”)', () => {
    expect(terms('深入实施“四化同步、城乡融合、五区共兴”发展战略，克难奋进、苦干实干。')).toEqual(['四化同步', '五区共兴']);
  });

  it('takes a Han numeral with 大 as a set, named up to its set noun (三大科创高地, 五大急危重症救治中心, 十二大关系)', () => {
    expect(terms('三大科创高地建设取得重大突破，研发投入强度大幅提高到2.9％，10大省实验室全面布局。')).toEqual(['三大科创高地']);
    expect(terms('建成125个县域医共体，实现五大急危重症救治中心县级全覆盖。')).toEqual(['五大急危重症救治中心']);
    const f = find(formulationsOf('全面阐述正确处理社会主义现代化建设中的十二大关系；坚持把发展作为党执政兴国的第一要务。'), '十二大关系');
    expect(f).toMatchObject({ n: 12, evidence: ['set-classifier'] });
  });

  it('takes a digit term that names a set and announces its items after a colon (11方面重要遵循：)', () => {
    const text = '要把学深悟透习近平新时代中国特色社会主义思想与习近平总书记对浙江工作的重要指示精神贯通起来，牢牢把握11方面重要遵循：';
    expect(find(formulationsOf(text), '11方面重要遵循')).toMatchObject({ n: 11, evidence: ['announces'] });
  });

  it('reads 双 as a set, never a count, named up to a noun it ends in (双轮驱动, 双城经济圈)', () => {
    expect(terms('坚持“政策+活动”双轮驱动，深入实施提振消费专项行动，扩大优质消费品和服务供给。')).toEqual(['双轮驱动']);
    expect(terms('坚定不移推动高质量发展，提升成渝地区双城经济圈发展能级。')).toEqual(['双城经济圈']);
  });

  it('reads a quoted head that only begins with a counted noun whole (“三个区分开来” is not 三个区)', () => {
    const text = '认真落实习近平总书记提出的“三个区分开来”，正确分析干部在工作中出现的差错、失误和错误的性质。';
    expect(find(formulationsOf(text), '三个区分开来')).toMatchObject({ n: 3, evidence: ['quoted'] });
  });

  it('names a 大 set whose head opens like a count of points by its set noun (十大重点领域, not 十大重点)', () => {
    const text = '全面推进生态工业与清洁生产、生态环境治理、生态城镇建设、农村环境综合整治等十大重点领域建设，加快建设以循环经济为核心的生态经济体系。';
    expect(find(formulationsOf(text), '十大重点领域')).toMatchObject({ n: 10, members: null });
  });
});
