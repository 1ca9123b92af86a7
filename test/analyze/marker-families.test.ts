/**
 * One test per marker family, with real sentences (from the seed speeches unless noted): the run
 * is found, with its markers, ordinals and heading texts; and the look-alikes in running text are not.
 */
import { describe, expect, it } from 'vitest';
import { MARKER_FAMILIES } from '../../src/analyze/outline/marker-families.js';
import { analyzeText, outlineLines } from './analyze-text.js';

describe('marker families', () => {
  it('一、 headings on their own lines (corpus/003)', () => {
    const a = analyzeText(
      '下面,我再强调三个方面的意见:\n一、务必保持清醒头脑,进一步稳固拓展基层党建推进工作成果\n' +
        '基层党建推进工作没有现成的经验可以借鉴,没有现成的模式可以照搬。\n' +
        '二、准确把握工作方向,进一步抓好基层党建整体推进各项工作落实落地\n市委已经明确,抓整体推进的核心就是抓支部、抓党员。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 一、务必保持清醒头脑，进一步稳固拓展基层党建推进工作成果',
      '1 二、准确把握工作方向，进一步抓好基层党建整体推进各项工作落实落地',
    ]);
    expect(a.outline[0]!.family).toBe('han-dun');
    expect(a.outline[1]!.ordinal).toBe(2);
  });

  it('（一） items that are short clauses form an enumeration that satisfies 讲三个问题, not headings (1967 speech)', () => {
    const a = analyzeText(
      '下边主要讲三个问题:\n(一)如何对待我们伟大的人民解放军;\n(二)阶级观点和阶级路线;\n(三)中学红卫兵的光荣战斗任务。\n' +
        '(一)如何对待我们伟大的人民解放军。这个问题一说大家都知道,要爱护解放军。\n',
    );
    expect(a.outline).toEqual([]);
    expect(a.announced).toMatchObject([{ phrase: '讲三个问题', count: 3, found: 3, ok: true }]);
  });

  it('1. and （1） nest in the standard order (analysis of the 2006 青藏铁路 speech)', () => {
    const a = analyzeText(
      '1.作评价。\n讲话第一部分,4个自然段:“言会”“祝贺”“回顾”“评价”。\n' +
        '(1)言会。讲话伊始就鲜明地提出“青藏铁路精神”(挑战极限、勇创一流),开门见山阐明大会开会宗旨。\n' +
        '(2)祝贺。肯定青藏铁路的建成通车是我国社会主义现代化建设取得的又一个伟大成就。\n' +
        '2.谈启示。讲话分三大部分,作评价,谈启示,提要求,12个自然段仅2368字。\n',
    );
    expect(outlineLines(a)).toEqual(['1 1.作评价', '2 （1）言会', '2 （2）祝贺', '1 2.谈启示']);
    expect(a.outline[0]!.children[0]!.family).toBe('paren-arabic');
  });

  it('1. items at sentence starts inside one paragraph, each with sentences of its own (a 讲话稿 writing guide)', () => {
    const a = analyzeText(
      '1. 党代会、人代会等代表大会的报告。内容一般是对上一届或上一次会议以来工作情况的回顾总结和对今后工作的部署。要求内容全面,表述严谨、庄重。' +
        ' 2. 会议开幕词。一般在比较隆重的大型会议上使用。 3. 会议闭幕词或会议总结讲话稿。主要是总结会议的收获。\n',
    );
    expect(outlineLines(a)).toEqual(['1 1.党代会、人代会等代表大会的报告', '1 2.会议开幕词', '1 3.会议闭幕词或会议总结讲话稿']);
  });

  it('第一， at the top level, with the ASCII comma of the source (corpus/000)', () => {
    const a = analyzeText(
      '这里,我着重围绕如何创新机关党建工作讲五点意见:\n第一,创新机关党建工作要体现在增强机关党组织的整体功能上。紧紧围绕党委工作中心来开展党建工作。\n' +
        '第二,创新机关党建工作要体现在不断提升机关党员、干部的能力素质上。党员、干部良好的素质,是推进党的执政能力建设的坚实基础。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 第一，创新机关党建工作要体现在增强机关党组织的整体功能上',
      '1 第二，创新机关党建工作要体现在不断提升机关党员、干部的能力素质上',
    ]);
  });

  it('第一， set off with a dash: ——第一，开宗明义 (a talk at a meeting of office directors)', () => {
    const a = analyzeText(
      '——第一,开宗明义\n新春伊始,我们就召开这次全省党委秘书长、办公厅(室)主任会议,十分重要,也很有意义。\n' +
        '——第二,为啥要学\n去年5月8日,习近平总书记到中办视察调研并发表重要讲话。\n',
    );
    expect(a.outline.map((o) => [o.marker, o.text])).toEqual([
      ['第一，', '开宗明义'],
      ['第二，', '为啥要学'],
    ]);
  });

  it('第一部分 opens parts, apart from 第一， (邓小平《目前的形势和任务》, 1980)', () => {
    const a = analyzeText(
      '第一部分，讲讲我们在八十年代要做的三件大事和进入八十年代的国内形势。先从我们八十年代究竟主要要做些什么事说起。\n' +
        '第二部分，讲讲实现四个现代化必须解决的四个问题。\n这四个问题是互相联系的。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 第一部分，讲讲我们在八十年代要做的三件大事和进入八十年代的国内形势',
      '1 第二部分，讲讲实现四个现代化必须解决的四个问题',
    ]);
    expect(a.outline[0]!.family).toBe('di-part');
  });

  it('第一个问题 opens parts in a one-line text, with 第一， under them (习近平 2018-02-12)', () => {
    const a = analyzeText(
      '下面，我讲点意见，讲3个问题。第一个问题：深刻认识我国脱贫攻坚取得的决定性进展。党的十八大以来，党中央全面打响脱贫攻坚战。' +
        '第一，创造了我国减贫史上最好成绩。5年累计减贫6853万人。第二，促进了贫困地区加快发展。贫困地区生态环境明显改善。' +
        '第二个问题：清醒把握打赢脱贫攻坚战的困难挑战。脱贫攻坚成效巨大，但面临的困难挑战也同样巨大。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 第一个问题：深刻认识我国脱贫攻坚取得的决定性进展',
      '2 第一，创造了我国减贫史上最好成绩',
      '2 第二，促进了贫困地区加快发展',
      '1 第二个问题：清醒把握打赢脱贫攻坚战的困难挑战',
    ]);
    expect(a.outline[0]!.family).toBe('di-question');
    expect(a.announced).toMatchObject([{ phrase: '讲3个问题', count: 3, found: 2 }]);
  });

  it('a closing run announced after the last main part is top level (习近平 2020-02-23)', () => {
    const a = analyzeText(
      '一、关于前一段疫情防控工作\n新冠肺炎疫情发生后，党中央高度重视，迅速作出部署。\n' +
        '二、关于加强党的领导\n疾风知劲草，烈火见真金。各级党委要加强领导。最后，我给今天参加会议的同志们提3点要求。' +
        '一要狠抓工作落实。今年我国发展面临的风险挑战上升。二要增强忧患意识。要增强斗争本领。三要提高工作本领。要善于学习。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 一、关于前一段疫情防控工作',
      '1 二、关于加强党的领导',
      '1 一要狠抓工作落实',
      '1 二要增强忧患意识',
      '1 三要提高工作本领',
    ]);
    expect(a.announced).toMatchObject([{ phrase: '提3点要求', count: 3, found: 3 }]);
  });

  it('一是 inside one paragraph, each item heading its own elaboration (corpus/001)', () => {
    const a = analyzeText(
      '一是树立更强烈的政治意识。把创建工作纳入市委的统一工作部署。二是树立更突出的模范意识。今年6月，丁薛祥同志明确要求各级党组织要做模范。' +
        '三是树立更深入的问题意识。坚持问题导向和目标导向相结合。\n',
    );
    expect(outlineLines(a)).toEqual(['1 一是树立更强烈的政治意识', '1 二是树立更突出的模范意识', '1 三是树立更深入的问题意识']);
  });

  it('一要 keeps 要 in the marker (corpus/003)', () => {
    const a = analyzeText(
      '一要加强工作统筹。整体推进基层党建工作任务重、要求高,核心在于融合、统筹。\n二要注重问题整改。x指出,坚持问题导向,不仅是工作态度问题。\n',
    );
    expect(a.outline.map((o) => [o.marker, o.family, o.text])).toEqual([
      ['一要', 'yi-yao', '加强工作统筹'],
      ['二要', 'yi-yao', '注重问题整改'],
    ]);
  });

  it('一方面 / 另一方面 as paired headings (corpus/003)', () => {
    const a = analyzeText(
      '一方面,要客观公正地评价成绩和问题。\n几个月的试点得到了省委组织部、市委组织部的充分肯定。\n另一方面,要始终坚持引领未来、代表方向。\n省委组织部副部长魏盛斌同志指出,我市试点要引领未来、代表方向。\n',
    );
    expect(outlineLines(a)).toEqual(['1 一方面，要客观公正地评价成绩和问题', '1 另一方面，要始终坚持引领未来、代表方向']);
  });

  it('首先是 / 其次是 / 再次是 as a sequence (corpus/002, traditional script)', () => {
    const a = analyzeText(
      '首先是抓選拔。我們要求部委廳局機關黨委的成員必須是黨性強,作風正的同志。\n其次是抓配備。在推選好機關黨委成員的同時,我們始終把精力放在專職黨務干部的配備上。\n再次是抓培訓。抓好專職黨務干部的培訓,是做好黨的工作的基礎和前提。\n',
    );
    expect(a.outline.map((o) => [o.marker, o.ordinal, o.text])).toEqual([
      ['首先是', 1, '抓选拔'],
      ['其次是', 2, '抓配备'],
      ['再次是', 3, '抓培训'],
    ]);
  });

  it('首先 alone is an adverb, not a heading (corpus/002, trimmed)', () => {
    const a = analyzeText('首先抓好党的各级班子建设，才能为全面加强党的建设提供有力的组织保证。因此，我们按照一级抓一级的原则抓班子建设。\n');
    expect(a.outline).toEqual([]);
  });

  it('markers in running text are not headings: 第一议题, 第一责任人, 第一、二季度 (corpus/001, 003)', () => {
    const a = analyzeText(
      '推进落实“第一议题”制度，及时跟进学习。各级书记是整体推进的第一责任人。从省委督查考评、市第一、二季度明察暗访以及市内开展的督查情况看，各级党组织标准化建设意识得到增强。\n',
    );
    expect(a.outline).toEqual([]);
  });

  it('rejects look-alikes at a clause start: 一是一，二是二, 第一责任人 and ranges such as 第一、二季度', () => {
    const isMarker = (id: string, text: string): boolean => {
      const family = MARKER_FAMILIES.find((f) => f.id === id)!;
      const match = family.pattern.exec(text);
      return match !== null && family.ordinal(match) !== null;
    };
    expect(isMarker('yi-shi', '一是一，二是二')).toBe(false);
    expect(isMarker('di-han', '第一、二季度明察暗访')).toBe(false);
    expect(isMarker('di-han', '第一责任人')).toBe(false);
    expect(isMarker('han-dun', '一、二季度')).toBe(false);
    expect(isMarker('han-dun', '一、八十年代要做的三件大事')).toBe(true);
    expect(isMarker('han-dun', '一、2023年工作回顾')).toBe(true);
  });

  it('—— leads parallel sections at a paragraph start, each with the paragraph after it (习近平, 2026)', () => {
    const a = analyzeText(
      '在70多年的革命生涯中，特别是在党的十三届四中全会之后推动党和国家事业取得巨大成就的伟大实践中，江泽民同志充分展示了作为马克思主义政治家的雄才大略、关键作用、领导艺术，树立了永远值得我们学习、永远激励我们前进的崇高风范。\n' +
        '——我们要学习江泽民同志坚定如磐的政治信仰。江泽民同志对共产主义理想坚贞不渝，对党和人民无限忠诚，矢志不移为党和人民事业而奋斗。\n' +
        '新征程上，我们要不忘初心、牢记使命，坚定对马克思主义的信仰、对共产主义的信念、对中国特色社会主义的信心，坚持党的基本理论、基本路线、基本方略，自觉增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n' +
        '——我们要学习江泽民同志真挚深厚的为民情怀。江泽民同志始终站在人民立场，关心人民群众安危冷暖，从最广大人民根本利益出发部署和推动工作。\n' +
        '新征程上，我们要牢记江山就是人民、人民就是江山，坚持以人民为中心的发展思想，树立和践行正确政绩观，站稳人民立场，强化公仆意识，走好新时代党的群众路线，依靠人民创造历史伟业，推动人的全面发展、全体人民共同富裕迈出坚实步伐。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 ——我们要学习江泽民同志坚定如磐的政治信仰',
      '1 ——我们要学习江泽民同志真挚深厚的为民情怀',
    ]);
  });

  it('every family carries a real example that its own pattern matches', () => {
    for (const family of MARKER_FAMILIES) {
      expect(family.pattern.test(family.example), family.id).toBe(true);
      expect(family.source, family.id).not.toBe('');
    }
  });
});
