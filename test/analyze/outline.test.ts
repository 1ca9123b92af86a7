/** Levels, headings versus enumerations, implicit sections — on real text from the seeds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, outlineLines } from './analyze-text.js';

const seed = (name: string): string => readFileSync(`corpus/${name}`, 'utf8');

describe('outline', () => {
  it('takes levels from nesting: 第一， is level 1 in corpus/000 and level 2 under 一、 in corpus/004', () => {
    const top = analyzeText(seed('000_abbf707b744d89e9.txt'));
    expect(top.outline.map((o) => `${o.level}${o.marker}`)).toEqual(['1第一，', '1第二，', '1第三，', '1第四，', '1第五，']);
    const nested = analyzeText(seed('004_df05c4cd14513717.txt'));
    expect(nested.outline[0]!.marker).toBe('一、');
    expect(nested.outline[0]!.children.map((o) => `${o.level}${o.marker}`)).toEqual(['2第一，', '2第二，', '2第三，']);
  });

  it('cuts the heading at the first 。！？；： and keeps the whole first sentence', () => {
    const a = analyzeText(
      '一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。总书记在党的十九大报告中第一次提出了党的建设质量的重大时代命题。\n' +
        '二、突出重点、统筹推进，全力推动机关党建高质量发展各项目标任务落到实处。当前，随着形势任务的变化，责任重大、任务繁重。\n',
    );
    expect(a.outline[0]!.text).toBe('认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性');
    expect(a.outline[0]!.sentence).toBe('一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。');
  });

  it('tells an inline enumeration (…：一是A；二是B) from headings', () => {
    const a = analyzeText(
      '不可否认的是,我们的试点工作还存在一些突出的问题,主要表现在:一是工作进度还不快;二是工作推进还不平衡;三是工作标准还不高。以上这些问题在今后的工作中要逐一解决。\n',
    );
    expect(a.outline).toEqual([]);
  });

  it('does not take the numbered notices of a download site for headings (corpus/003)', () => {
    const a = analyzeText(seed('003_e78e08f09b700b02.txt'));
    expect(outlineLines(a).filter((l) => /^\d (\d)\./u.test(l))).toEqual([]);
    expect(a.outline.map((o) => o.marker)).toEqual(['一、', '二、', '三、']);
  });

  it('finds implicit sections whose leads carry the members an announcement lists (corpus/001 五量)', () => {
    const a = analyzeText(seed('001_496adbc9182e7b34.txt'));
    expect(a.outline.map((o) => [o.level, o.implicit, o.marker, o.text.slice(0, 12)])).toEqual([
      [1, true, '', '从百年党史中汲取前行力量'],
      [1, true, '', '从政治统领中把准评价分量'],
      [1, true, '', '从推动发展中追求服务质量'],
      [1, true, '', '从标准规范中做优堡垒增量'],
      [1, true, '', '从“两在两同”中汇聚先锋'],
    ]);
    expect(a.outline[0]!.children.map((o) => `${o.level}${o.marker}`)).toEqual(['2一要', '2二要', '2三要', '2四要']);
  });

  it('finds implicit sections after 抓了四个方面的工作 by their short leads (corpus/002)', () => {
    const a = analyzeText(seed('002_e3a15817498c2af4.txt'));
    const third = a.outline[2]!;
    expect(third.marker).toBe('三、');
    expect(third.children.map((o) => [o.implicit, o.text])).toEqual([
      [true, '坚持抓理论教育'],
      [true, '坚持抓形势任务教育'],
      [true, '坚持抓党风廉政教育'],
      [true, '对党员队伍建设实行目标管理'],
    ]);
  });

  it('ends a run of 首先/其次 where a new 一、 part begins (邓小平《目前的形势和任务》 arranged)', () => {
    const a = analyzeText(
      '一、八十年代要做的三件大事\n首先，反对霸权主义这个任务，每天都摆在我们的议事日程上。八十年代的开端就不好。\n' +
        '其次，是台湾归回祖国，实现祖国统一。我们要力争八十年代达到这个目标。\n' +
        '二、坚持党的领导，改善党的领导\n最后，要加紧经济建设，就是加紧四个现代化建设。国防建设，没有一定的经济基础不行。\n',
    );
    expect(outlineLines(a)).toEqual([
      '1 一、八十年代要做的三件大事',
      '2 首先，反对霸权主义这个任务，每天都摆在我们的议事日程上',
      '2 其次，是台湾归回祖国，实现祖国统一',
      '1 二、坚持党的领导，改善党的领导',
    ]);
  });
});
