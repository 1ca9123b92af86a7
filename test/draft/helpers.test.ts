import { describe, expect, it } from 'vitest';
import { parseHanNumeral } from '../../src/analyze/numerals.js';
import { announcePoints } from '../../src/draft/announce-points.js';
import { toChineseCount, toChineseNumeral } from '../../src/draft/chinese-numerals.js';
import { joinList } from '../../src/draft/join-list.js';
import { planLengthBudget, splitChars } from '../../src/draft/length-budget.js';
import { formatMarker } from '../../src/draft/marker-styles.js';

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [30, '三十'],
    [45, '四十五'],
    [90, '九十'],
    [99, '九十九'],
  ])('%i → %s', (n, han) => expect(toChineseNumeral(n)).toBe(han));

  it('writes every number up to 99 so that the analysis reads it back', () => {
    for (let n = 1; n <= 99; n++) expect(parseHanNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('refuses what a marker never needs', () => {
    for (const n of [0, 100, 2.5, -1]) expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });

  it('counts with 两 for two alone (讲两点意见, but 十二点)', () => {
    expect(toChineseCount(2)).toBe('两');
    expect(toChineseCount(12)).toBe('十二');
    expect(toChineseCount(22)).toBe('二十二');
    expect(toChineseCount(4)).toBe('四');
  });
});

describe('formatMarker', () => {
  it('numbers the four heading levels of an official document', () => {
    expect([1, 2, 3, 4].map((level) => formatMarker(level, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
    expect(formatMarker(1, 12)).toBe('十二、');
    expect(formatMarker(2, 20)).toBe('（二十）');
  });

  it('numbers the inline styles used inside paragraphs', () => {
    expect(formatMarker('di-han', 1)).toBe('第一，');
    expect(formatMarker('yi-shi', 2)).toBe('二是');
    expect(formatMarker('yi-yao', 3)).toBe('三要');
  });

  it('names the styles it knows when asked for another', () => {
    expect(() => formatMarker(5, 1)).toThrow(/可用：1、2、3、4、di-han/);
    expect(() => formatMarker('circled', 1)).toThrow(RangeError);
  });
});

describe('announcePoints', () => {
  it('announces the count of the points', () => {
    expect(announcePoints(4)).toBe('讲四点意见');
    expect(announcePoints(2)).toBe('讲两点意见');
    expect(announcePoints(3, { verb: '谈', unit: '点看法' })).toBe('谈三点看法');
  });
});

describe('joinList', () => {
  it('joins with 、 and 和 before the last item', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['思想建设'])).toBe('思想建设');
    expect(joinList(['思想', '组织'])).toBe('思想和组织');
    expect(joinList(['思想', '组织', '作风', '制度建设'])).toBe('思想、组织、作风和制度建设');
    expect(joinList(['党委', '政府'], '与')).toBe('党委与政府');
  });
});

describe('planLengthBudget', () => {
  const parts = [
    { id: 'opening', label: '开场', share: 0.1 },
    { id: 'points', label: '正文各点', share: 0.8 },
    { id: 'close', label: '结束语', share: 0.1 },
  ];

  it('turns minutes at the speaking rate into characters per part, in tens', () => {
    const budget = planLengthBudget(20, 180, parts);
    expect(budget.total).toBe(3600);
    expect(budget.chars).toEqual({ opening: 360, points: 2880, close: 360 });
    expect(budget.parts.map((p) => p.label)).toEqual(['开场', '正文各点', '结束语']);
  });

  it('follows the rate', () => {
    expect(planLengthBudget(10, 220, parts).chars.points).toBe(1760);
  });

  it('splits a part among its points, never beyond the part', () => {
    expect(splitChars(2880, [1, 1, 1, 1])).toEqual([720, 720, 720, 720]);
    expect(splitChars(1000, [1, 2])).toEqual([330, 660]);
    expect(splitChars(510, [1, 1])).toEqual([250, 250]);
  });
});
