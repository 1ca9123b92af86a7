/** The Han test by table must agree with the Unicode property everywhere. */
import { describe, expect, it } from 'vitest';
import { hanUnits, isHanCodePoint } from '../../src/text/han.js';

describe('isHanCodePoint and hanUnits', () => {
  it('agree with \\p{Script=Han} on every code point', () => {
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (isHanCodePoint(cp) !== /^\p{Script=Han}$/u.test(String.fromCodePoint(cp))) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
    expect(isHanCodePoint('国'.codePointAt(0)!)).toBe(true);
    expect(isHanCodePoint('，'.codePointAt(0)!)).toBe(false);
  });

  it('count Han code units as removing everything else does, broken surrogates included', () => {
    const byRegex = (text: string): number => text.replace(/\P{Script=Han}+/gu, '').length;
    const samples = ['同志们：今天，我们召开会议。', '〇々〆⺀⼀〡𠀀𪚥', '\ud840𠀀', '\ud840\ud840中', 'x\udc00y国', ''];
    for (const text of samples) expect(hanUnits(text), text).toBe(byRegex(text));
    expect(hanUnits('同志们𠀀')).toBe(5);
  });
});
