/**
 * Sections without numbers: heading lines of a government work report, dash-led parallel sections,
 * the extent of the last item of a floating run, and a summary (以上四点意见) that closes its run.
 * Real text; paragraphs shortened, long sentences cut at the end of a clause.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, outlineLines } from './analyze-text.js';

/** 2026年甘肃省政府工作报告 (paragraphs shortened at sentence ends; two paragraphs joined under 2026年重点工作). */
const GANSU = [
  '各位代表：',
  '我代表省人民政府，向大会报告工作，请与《甘肃省国民经济和社会发展第十五个五年规划纲要（草案）》一并审议，并请省政协委员和其他列席人员提出意见。',
  '“十四五”时期工作回顾',
  '“十四五”时期是甘肃发展极不寻常、极不平凡的五年。',
  '——这是追赶进位、综合实力快速跃升的五年。全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%，经济增速2022年以来连续16个季度高于全国平均水平。',
  '——这是扬优聚势、产业发展升级焕新的五年。工业投资连续54个月保持两位数增长，工业对全省经济增长的贡献率达到36.1%。',
  '五年来主要做了以下工作。',
  '我们加快构建现代化基础设施体系，着力强化发展的支撑保障。完成交通投资4999亿元，新增铁路运营里程639公里、其中高铁370公里，新增高速（一级）公路2600公里、农村公路3000公里、自然村组通硬化路3.66万公里。',
  '我们巩固拓展脱贫攻坚成果，扎实推进城乡融合发展。严格落实“四个不摘”要求，优化“一键申报”机制，精准识别帮扶监测对象16.6万户70.5万人，风险消除率78.8%。',
  '各位代表！宏伟事业需要赓续前行，美好未来唯有实干铸就。',
  '2026年重点工作',
  '今年是“十五五”开局之年。经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，实际工作中争取更好结果；一产增加值增长6%左右，二产增加值增长6%左右，三产增加值增长5.5%左右。',
  '重点抓好八个方面工作：',
  '（一）放大促消费扩投资政策效应',
  '积极承接用好政策。落实好更加积极的财政政策、适度宽松的货币政策，充分用足存量政策，跟进落细增量政策，切实发挥政策集成效应。',
  '（二）加快建设现代化产业体系',
  '优化提升传统产业。加力实施强工业行动，建设全国区域性现代制造业基地。',
].join('\n');

describe('sections without numbers', () => {
  it('takes unnumbered heading lines for the top level, with dash lines, paragraphs after 以下 and （一） below them', () => {
    const a = analyzeText(GANSU);
    expect(outlineLines(a)).toEqual([
      '1 〔并列段〕“十四五”时期工作回顾',
      '2 ——这是追赶进位、综合实力快速跃升的五年',
      '2 ——这是扬优聚势、产业发展升级焕新的五年',
      '2 〔并列段〕我们加快构建现代化基础设施体系，着力强化发展的支撑保障',
      '2 〔并列段〕我们巩固拓展脱贫攻坚成果，扎实推进城乡融合发展',
      '1 〔并列段〕2026年重点工作',
      '2 （一）放大促消费扩投资政策效应',
      '2 （二）加快建设现代化产业体系',
    ]);
    expect(a.outline.map((o) => [o.family, o.marker])).toEqual([['heading-line', ''], ['heading-line', '']]);
    expect(a.outline[0]!.children[0]).toMatchObject({ family: 'dash', marker: '——', ordinal: 1 });
    expect(a.announced.map((x) => [x.phrase, x.count, x.found])).toEqual([['以下工作', null, 2], ['八个方面工作', 8, 2]]);
  });

  it('needs two heading lines, and running text before and after each (not the title block)', () => {
    const one = GANSU.split('\n').filter((l) => l !== '2026年重点工作').join('\n');
    expect(analyzeText(one).outline.filter((o) => o.family === 'heading-line')).toEqual([]);
    const titled = analyzeText(`2026年甘肃省政府工作报告\n甘肃省省长 任振鹤\n${GANSU}`);
    expect(titled.outline.map((o) => o.text)).toEqual(['“十四五”时期工作回顾', '2026年重点工作']);
  });

  it('does not take a subtitle line led by a dash for a section (2026年甘肃省政府工作报告)', () => {
    const a = analyzeText(`2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n${GANSU}`);
    expect(outlineLines(a).filter((l) => l.includes('二〇二六年'))).toEqual([]);
  });
});

/** 马卫光《在2018年干部教育培训秋季学期开学典礼上的讲话》 (paragraphs shortened, long sentences cut at a clause). */
const SHAOXING = [
  '下面，我围绕“思想大解放、行动大担当”这一主题，重点讲4点意见，与大家作个交流。',
  '一、深入学习贯彻习近平总书记对浙江工作的重要指示精神，深刻认识思想大解放、行动大担当的现实意义',
  '习近平总书记对浙江工作的重要指示，大家都已原原本本学习过。',
  '二、以思想大解放打开工作大格局，切实破除阻碍发展的思想症结问题',
  '绍兴的干部队伍总体上是好的，有思想、有智慧、有活力、有担当。',
  '三、以行动大担当推动事业大发展，更高水平打造全省高质量发展重要增长极',
  '思想大解放是行动大担当的前提，最终要体现在落实上。',
  '四、健全完善干部教育管理监督机制，形成鼓励干部思想大解放、行动大担当的浓厚氛围',
  '思想大解放、行动大担当，需要各级党员干部的努力，也离不开氛围和机制的保障。',
  '1、要把思想大解放、行动大担当的鲜明导向树起来。树立什么样的导向，就会产生什么样的干部。',
  '2、要让思想僵化不敢担当的干部让位子、受警醒。思想僵化不敢担当的干部，就像是一种传染病，不但会影响工作，也会带坏风气。',
  '3、要为担当的干部担当、为干事的干部撑腰。对此，我们一定要给予充分理解。',
  '以上四点意见，与大家作个交流，供大家参考。这里，我简单提三点要求：一要端正学风。大家到党校来学习就是一名普通学员，要静下心来，认真学习。' +
    '二要加强思考。在座都是领导干部，工作中也有不少心得感悟。三要学以致用。学习的目的全在于运用。',
].join('\n');

describe('a summary of the sections (马卫光, 2018)', () => {
  it('以上四点意见 counts the four parts before it and closes them: the 一要 run after it is top level', () => {
    const a = analyzeText(SHAOXING);
    expect(outlineLines(a).filter((l) => l.startsWith('1 '))).toEqual([
      '1 一、深入学习贯彻习近平总书记对浙江工作的重要指示精神，深刻认识思想大解放、行动大担当的现实意义',
      '1 二、以思想大解放打开工作大格局，切实破除阻碍发展的思想症结问题',
      '1 三、以行动大担当推动事业大发展，更高水平打造全省高质量发展重要增长极',
      '1 四、健全完善干部教育管理监督机制，形成鼓励干部思想大解放、行动大担当的浓厚氛围',
      '1 一要端正学风',
      '1 二要加强思考',
      '1 三要学以致用',
    ]);
    expect(a.announced.map((x) => [x.phrase, x.count, x.found, x.looksBack])).toEqual([
      ['讲4点意见', 4, 4, false],
      ['以上四点意见', 4, 4, true],
      ['提三点要求', 3, 3, false],
    ]);
  });

  it('以上三项 in 四、 sums up its 1、…3、; a count that no run before it matches sums up something else and is left out', () => {
    const three = analyzeText(SHAOXING.replace('以上四点意见', '以上三项工作'));
    expect(three.announced.find((x) => x.looksBack)).toMatchObject({ count: 3, found: 3, items: ['要把思想大解放、行动大担当的鲜明导向树起来', '要让思想僵化不敢担当的干部让位子、受警醒', '要为担当的干部担当、为干事的干部撑腰'] });
    const five = analyzeText(SHAOXING.replace('以上四点意见', '以上五项工作'));
    expect(five.announced.map((x) => x.phrase)).toEqual(['讲4点意见', '提三点要求']);
  });
});
