/** coin: proposing the formulation for a list of parallel items, on lists from real speeches. */
import { describe, expect, it } from 'vitest';
import { coin, itemsShareMorpheme, sharedMorphemes } from '../../src/analyze/coin.js';

const terms = (items: string[]): string[] => coin(items).map((p) => p.term);

describe('coin', () => {
  it('coins a numeral and the shared last character (五量, corpus/001)', () => {
    const [best] = coin(['汲取前行力量', '把准评价分量', '追求服务质量', '做优堡垒增量', '汇聚先锋能量']);
    expect(best).toMatchObject({ term: '五量', n: 5, morphemes: [{ text: '量', position: 'tail' }] });
  });

  it('coins a numeral and the shared lead (四全, corpus/003)', () => {
    expect(terms(['全地域', '全领域', '全要素', '全功能'])).toEqual(['四全']);
  });

  it('names a shared word at the tail whole with 个 first (四个融合, corpus/001; 四个自信)', () => {
    expect(terms(['统领融合', '支撑融合', '推进融合', '强化融合'])[0]).toBe('四个融合');
    expect(terms(['道路自信', '理论自信', '制度自信', '文化自信'])[0]).toBe('四个自信');
  });

  it('does not coin on a generic lead such as 一起 (corpus/004)', () => {
    expect(terms(['一起谋划', '一起部署', '一起落实', '一起检查'])).toEqual(['四个一起']);
  });

  it('splits a list into groups when nothing is shared by all (三严三实, 两在两同, 两学一做)', () => {
    expect(terms(['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实', '做人要实'])).toEqual(['三严三实']);
    expect(terms(['想在一起', '干在一起', '风雨同舟', '同甘共苦'])[0]).toBe('两在两同');
    expect(terms(['学党章党规', '学系列讲话', '做合格党员'])).toEqual(['两学一做']);
  });

  it('proposes nothing for items without a shared morpheme, or for a single item (corpus/000)', () => {
    expect(coin(['教育', '监督', '制度'])).toEqual([]);
    expect(coin(['教育'])).toEqual([]);
  });

  it('ignores quotation marks and punctuation around the items', () => {
    expect(sharedMorphemes(['“全员覆盖”', '“全程管理”'])).toEqual([{ text: '全', position: 'lead' }]);
  });

  it('tells whether items carry a morpheme, for member resolution (双争活动: 争)', () => {
    expect(itemsShareMorpheme(['争创工作标兵', '争创一流业绩'], '争')).toBe(true);
    expect(itemsShareMorpheme(['省委', '省政府'], '文明')).toBe(false);
  });
});
