/** What is not a formulation, each with a real sentence: the kind it is given, or nothing at all. */
import { describe, expect, it } from 'vitest';
import { formulationsOf } from './formulations-of.js';

const others = (text: string) => {
  const analysis = formulationsOf(text);
  expect(analysis.formulations.map((f) => f.term)).toEqual([]);
  return analysis.otherTerms.map((t) => [t.term, t.kind]);
};

describe('numbered terms that are not formulations', () => {
  it('plain quantities, also quoted plans named by their duration', () => {
    expect(others('从建设政治鲜明、思想过硬、组织坚强、担当作为、风清气正五个方面，明确23项具体任务。')).toEqual([
      ['五个方面', 'discourse'],
      ['23项具体任务', 'quantity'],
    ]);
    expect(others('现在我们工委直接领导的125个机关党组织，共配备了625名专职党务干部。')).toEqual([
      ['125个机关党组织', 'quantity'],
      ['625名', 'quantity'],
    ]);
    expect(others('扎实推进党支部标准化规范化建设“三年行动计划”，坚持抓根本强功能。')).toEqual([['三年', 'quantity']]);
    expect(others('我们将工委直接领导的120多个单位，按照行政业务工作性质和地域相近的原则划分成八个组。')).toEqual([
      ['120多个单位', 'quantity'],
      ['八个组', 'quantity'],
    ]);
  });

  it('places counted without a classifier, unquoted (东北三省)', () => {
    expect(others('1931年6月，日本陆军参谋本部和陆军省制定“满蒙问题解决方案大纲”，确定了以武力侵占中国东北三省的具体步骤。')).toEqual([
      ['1931年', 'quantity'],
      ['6月', 'quantity'],
      ['三省', 'quantity'],
    ]);
  });

  it('five-year-plan periods', () => {
    expect(others('为全市第五次党代会的顺利召开，推进全市“十一五”规划提供坚强有力的组织保证。')).toEqual([['十一五', 'period']]);
  });

  it('congresses and plenums, and ordinals with 第', () => {
    expect(others('总书记在党的十九大报告中第一次提出了党的建设质量的重大时代命题。')).toEqual([['十九大', 'ordinal']]);
    expect(others('我们按照党的十四届四中全会《决定》和省委的要求，紧密结合省直机关党组织的实际。')).toEqual([['十四届四中全会', 'ordinal']]);
    expect(others('推进落实“第一议题”制度，以党建“最大政绩”引领保障发展“第一要务”。')).toEqual([]);
  });

  it('several plenums named with one 全会 (2025 national government work report; a 2021 city report)', () => {
    expect(others('全面贯彻落实党的二十大和二十届二中、三中全会精神，按照中央经济工作会议部署。')).toEqual([
      ['二十大', 'ordinal'],
      ['二十届二中、三中全会', 'ordinal'],
    ]);
    expect(others('深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神。')).toEqual([
      ['十九大', 'ordinal'],
      ['十九届二中、三中、四中、五中、六中全会', 'ordinal'],
    ]);
    expect(others('认真学习贯彻二中、三中全会精神。')).toEqual([['二中、三中全会', 'ordinal']]);
  });

  it('a congress named without 党的, by what follows it (习近平，在打好精准脱贫攻坚战座谈会上的讲话，2018)', () => {
    expect(others('党的十八大以后，党中央把扶贫开发摆到治国理政突出位置。十九大对打好脱贫攻坚战作出了部署。')).toEqual([
      ['十八大', 'ordinal'],
      ['十九大', 'ordinal'],
    ]);
  });

  it('dates and anniversaries', () => {
    expect(others('市委要求“七·一”当天在全市党员中开展以“走门串户、联系群众”为主要内容的主题实践日活动。')).toEqual([['七·一', 'date']]);
    expect(others('要求全省党员干部坚决响应习近平总书记在“七一”重要讲话中发出的伟大号召。')).toEqual([['七一', 'date']]);
    expect(others('在全党上下庆祝建党85周年之际，我们召开市级机关党建工作创新推进会。')).toEqual([['85周年', 'quantity']]);
  });

  it('years written in Han numerals and durations are not counted sets (党的十九大报告)', () => {
    expect(others('从二〇二〇年到二〇三五年，在全面建成小康社会的基础上，再奋斗十五年，基本实现社会主义现代化。')).toEqual([['十五年', 'quantity']]);
  });

  it('grades and star ratings', () => {
    expect(others('党员电子身份认证已达x%以上，五星党员创评覆盖率已达x%以上。')).toEqual([['五星', 'grade']]);
  });

  it('idioms and set phrases', () => {
    expect(others('聚精会神抓党建，一心一意谋开展。')).toEqual([['一心一意', 'idiom']]);
    expect(others('离开党建抓党务，就容易陷入事务泥潭，出现党务和业务“两张皮”问题。')).toEqual([['两张皮', 'idiom']]);
    expect(others('深入开展专项整治，举一反三、找准改实。可以说机遇千载难逢、挑战也前所未有。')).toEqual([
      ['举一反三', 'idiom'],
      ['千载难逢', 'idiom'],
    ]);
  });

  it('distributive slogans: one Y per X', () => {
    expect(others('初步形成“一部门一品牌、一支部一特色”工作格局。')).toEqual([['一部门一品牌、一支部一特色', 'distributive']]);
    expect(others('我们按照一级抓一级的原则，把重点放在抓省直各单位机关党委班子建设上。')).toEqual([['一级抓一级', 'distributive']]);
    expect(others('坚持一周一例会、一月一清单、一季一督办、半年一考评、一年一考核。').map(([, kind]) => kind)).toEqual([
      'distributive',
      'distributive',
      'distributive',
      'distributive',
    ]);
  });

  it('counts of the speech’s own parts are announcements', () => {
    expect(others('这里，我着重围绕如何创新机关党建工作讲五点意见：')).toEqual([['五点意见', 'discourse']]);
    expect(others('抓整体推进的核心就是抓支部、抓党员，这是两个关键点，也是根本方向。')).toEqual([['两个关键点', 'discourse']]);
    expect(others('着眼“长”“常”二字，延展教育维度、增强制度刚性。')).toEqual([['二字', 'discourse']]);
  });

  it('a list of names closed by a count of them is a count, not a formulation spelled out', () => {
    expect(others('西滩、砂井子、甜水、曲子四个工业集中区建设加快实施。')).toEqual([]);
  });

  it('ignores numerals inside words and place names, and single things', () => {
    expect(others('建立机关党建联络片、党建联络员机制，下沉基层一线特别是改建党组和未达标的党组织。')).toEqual([]);
    expect(others('探索建立党务干部和业务干部之间双向交流选拔机制。在配备中，我们十分注意数量要求。')).toEqual([]);
    expect(others('济源机关党建网 慈溪机关党建网 青岛机关党建网 重庆机关党建网 深圳机关党建在线 江苏机关党建 三门峡市机关党建 安阳市机关党建')).toEqual([]);
    expect(others('所有党员集中走访一次联系户，既可以把党的声音传到群众中。')).toEqual([]);
  });

  it('counts of people, also quoted (“六老汉”, 三代人)', () => {
    expect(others('八步沙林场“六老汉”三代人治沙造林群体荣获“全国防沙治沙英雄群体”称号。')).toEqual([
      ['六老汉', 'quantity'],
      ['三代人', 'quantity'],
    ]);
  });

  it('a name inside a list of names is no sum of the items before it (三苏祠)', () => {
    expect(others('扩大三星堆、大熊猫、都江堰、三苏祠、翠云廊等国际影响力，持续做优名作、名城、名人、名品等特色名片。')).toEqual([]);
  });

  it('a count of categories after a list is an inline announcement (五大类)', () => {
    const text = '细化经济发展、创新驱动、民生福祉、绿色低碳、安全保障五大类23个主要指标，明确了经济增速保持高于全国平均水平的预期目标。';
    expect(others(text)).toEqual([
      ['五大类', 'discourse'],
      ['23个主要指标', 'quantity'],
    ]);
  });

  it('idioms of a repeated unit and of alternating numerals (一个又一个, 一代又一代, 推三阻四)', () => {
    expect(others('全市上下锐意变革、积极进取，才克服了一个又一个难关。')).toEqual([['一个又一个', 'idiom']]);
    expect(others('100年来，一代又一代清华人在革命、建设、改革中顽强拼搏、真诚奉献。')).toEqual([
      ['100年', 'quantity'],
      ['一代又一代', 'idiom'],
    ]);
    expect(others('有的干部凡事都要会议纪要，甚至有了纪要还要推三阻四，变着法子兜圈子。')).toEqual([['推三阻四', 'idiom']]);
  });

  it('numbers of lines and models, and a congress ordinal with 党的 (二号线, “中国环流三号”, 党的十二大)', () => {
    expect(others('建成兰州轨道交通二号线。')).toEqual([['二号线', 'ordinal']]);
    expect(others('取得“中国环流三号”首次实现原子核和电子温度均破亿度等重大科技成果。')).toEqual([['三号', 'ordinal']]);
    expect(others('在党的十二大上，他当选为中央委员。')).toEqual([['十二大', 'ordinal']]);
  });

  it('a quoted count of articles, and a date of three numerals (“18条”, “一二九”运动)', () => {
    expect(others('出台稳增长“21条”“18条”等政策，加强激发消费、产业升级、降本减负、助企成长等支持。')).toEqual([
      ['21条', 'quantity'],
      ['18条', 'quantity'],
    ]);
    expect(others('积极投身“五四”运动，坚定走在“一二九”运动等爱国民主运动前列。')).toEqual([['五四', 'date']]);
  });

  it('one policy per river is distributive (“一河一策”)', () => {
    expect(others('深化幸福黄河三年行动，“一河一策”加强金堤河等支流保护治理，建设沿黄湿地生态保护修复带。')).toEqual([
      ['三年', 'quantity'],
      ['一河一策', 'distributive'],
    ]);
  });

  it('an approximate count (两个多月)', () => {
    expect(others('经过两个多月艰苦努力，完成了《纲要》的编写，习近平同志对此很高兴。')).toEqual([['两个多月', 'quantity']]);
  });
});
