import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/text/is-space.js';

describe('isSpace', () => {
  it('agrees with the regex class \\s on every BMP character', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it('takes the ideographic space of Chinese layouts for a space, and 。 for none', () => {
    expect(isSpace('\u3000'.charCodeAt(0))).toBe(true);
    expect(isSpace('。'.charCodeAt(0))).toBe(false);
  });
});
