import { describe, expect, it } from 'vitest';
import { HALF_WIDTH_RULE } from '../../src/normalize/half-width-diagnostic.js';
import { normalizePunctuation } from '../../src/normalize/normalize-punctuation.js';
import { normalizeSpacing } from '../../src/normalize/normalize-spacing.js';
import { MappedText } from '../../src/text/mapped-text.js';

const punctuate = (text: string): string => normalizePunctuation(MappedText.identity(text)).text.value;
const space = (text: string): string => normalizeSpacing(MappedText.identity(text)).value;

describe('half-width punctuation in Chinese text', () => {
  it('makes , : ; full-width (corpus/001, corpus/003)', () => {
    expect(punctuate('习近平总书记在西藏考察时强调:“学史力行是党史学习教育的落脚点,要把学史明理'))
      .toBe('习近平总书记在西藏考察时强调：“学史力行是党史学习教育的落脚点，要把学史明理');
    expect(punctuate('是坚持不懈用中国化马克思主义武装全党的理论强党史;是共产党人践行党的初心使命'))
      .toBe('是坚持不懈用中国化马克思主义武装全党的理论强党史；是共产党人践行党的初心使命');
    expect(punctuate('同志们:')).toBe('同志们：');
  });

  it('makes ? and ! full-width beside Chinese, across a space', () => {
    expect(punctuate('您好, 欢迎访问洛阳机关党建网!')).toBe('您好， 欢迎访问洛阳机关党建网！');
    expect(punctuate('整体推进怎么抓?关键在整')).toBe('整体推进怎么抓？关键在整');
  });

  it('makes brackets full-width as a pair when they touch or enclose Chinese', () => {
    expect(punctuate('全市启动x个村(社区)党员群众效劳中心新建')).toBe('全市启动x个村（社区）党员群众效劳中心新建');
    expect(punctuate('机关党组织要在党组(党委)的统一领导下')).toBe('机关党组织要在党组（党委）的统一领导下');
    expect(punctuate('(供稿单位:苏州市级机关工委)')).toBe('（供稿单位：苏州市级机关工委）');
    expect(punctuate('有的党组（党委)书记')).toBe('有的党组（党委）书记');
    expect(punctuate('f(x) = (a + b)')).toBe('f(x) = (a + b)');
  });

  it('pairs straight quotes, counting the curly ones already there', () => {
    expect(punctuate('深入开展"同人民想在一起、干在一起"行动,即"两在两同"建新功行动'))
      .toBe('深入开展“同人民想在一起、干在一起”行动，即“两在两同”建新功行动');
    expect(punctuate('做到“四个融合".一是聚焦"两个维护"统领融合')).toBe('做到“四个融合”。一是聚焦“两个维护”统领融合');
    expect(punctuate("着眼'长''常'二字")).toBe('着眼‘长’‘常’二字');
    expect(punctuate("Xi's speech 讲话")).toBe("Xi's speech 讲话");
  });

  it('keeps empty quotes from redaction as they are', () => {
    expect(punctuate('建立健全了机关党组织的“”、“党员民主生活会”等制度')).toBe('建立健全了机关党组织的“”、“党员民主生活会”等制度');
    expect(punctuate('建立健全了机关党组织的""、"党员民主生活会"等制度')).toBe('建立健全了机关党组织的“”、“党员民主生活会”等制度');
  });

  it('turns a dot after Han at a sentence end into 。 but keeps heading numbers', () => {
    expect(punctuate('以上这些问题在今后的工作中要逐一解决.')).toBe('以上这些问题在今后的工作中要逐一解决。');
    expect(punctuate('1. 部分包含数学公式或PPT动画的文件')).toBe('1. 部分包含数学公式或PPT动画的文件');
    expect(punctuate('一.坚持抓班子建设')).toBe('一.坚持抓班子建设');
  });
});

describe('ASCII that belongs where it is', () => {
  it.each([
    ['a date and a time', '发布时间：2021-09-07 09:36:19 阅读'],
    ['thousands and decimals', '收入过1,000万元，增长3.5%'],
    ['a digit formula', '高标准建成“1+10+N”先锋阵地，推行“7+1”模式'],
    ['a web address', '网址：http://www.gov.cn:8080/zhengce/index.htm?ids=1,2'],
    ['an e-mail address', '来信请寄dangjian@mail.ly.gov.cn'],
    ['Latin words', 'Copyright 2013 All Rights Reserved'],
  ])('keeps %s', (_name, text) => {
    expect(punctuate(text)).toBe(text);
  });

  it('still converts the comma right after a web address', () => {
    expect(punctuate('详见http://www.gov.cn/zhengce/,请查阅')).toBe('详见http://www.gov.cn/zhengce/，请查阅');
  });
});

describe('diagnostics', () => {
  it('reports each mark changed, at its place in the original, with the fix', () => {
    const original = '同志们:\n今天,我讲三点意见(摘要)。';
    const { diagnostics } = normalizePunctuation(MappedText.identity(original));
    expect(diagnostics.map((d) => [d.ruleId, original.slice(d.span.start, d.span.end), d.fix])).toEqual([
      [HALF_WIDTH_RULE, ':', '：'],
      [HALF_WIDTH_RULE, ',', '，'],
      [HALF_WIDTH_RULE, '(', '（'],
      [HALF_WIDTH_RULE, ')', '）'],
    ]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', message: '中文里的半角标点“:”应为全角“：”' });
  });
});

describe('spaces', () => {
  it('drops indentation, NBSP and full-width spaces at line ends and gaps inside running text', () => {
    expect(space('\u00a0 \u00a0 \u00a0 \u00a0习近平总书记在西藏考察时强调：“学史力行”。\u3000'))
      .toBe('习近平总书记在西藏考察时强调：“学史力行”。');
    expect(space('我们召开 市级机关党建工作 创新推进会， 主要任务就是。')).toBe('我们召开市级机关党建工作创新推进会，主要任务就是。');
  });

  it('keeps one space between the phrases of a title or heading, and inside 《》', () => {
    expect(space('学史力行\u00a0\u00a0做好机关党建“五量”答卷')).toBe('学史力行 做好机关党建“五量”答卷');
    expect(space('市委印发了《关于进一步加强和改进全市机关党的建设 推进创建模范机关的实施意见》，从建设政治鲜明。'))
      .toBe('市委印发了《关于进一步加强和改进全市机关党的建设 推进创建模范机关的实施意见》，从建设政治鲜明。');
  });

  it('keeps one space between Chinese and Latin words or numbers', () => {
    expect(space('Copyright\u00a0\u00a02013 All Rights Reserved 豫ICP备')).toBe('Copyright 2013 All Rights Reserved 豫ICP备');
  });

  it('leaves one blank line between paragraphs at most and none at the start', () => {
    expect(space('\n\u00a0\n标题\n\n\u00a0\n\n正文。\n')).toBe('标题\n\n正文。\n');
  });
});
