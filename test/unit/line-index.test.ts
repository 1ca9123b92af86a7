/** Line and column of offsets, with every kind of line end. */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/line-index.js';

describe('LineIndex', () => {
  /** The definition: a line starts after each CRLF, LF or lone CR. */
  const byRegex = (text: string, offset: number) => {
    const starts = [0, ...[...text.matchAll(/\r\n?|\n/g)].map((m) => m.index + m[0].length)].filter((s) => s <= offset);
    return { line: starts.length, column: offset - starts[starts.length - 1]! + 1 };
  };

  it('counts LF, CRLF and lone CR line ends as editors do', () => {
    for (const text of ['一、总体要求\n同志们：\n\n今天', '一、总体要求\r\n同志们：\r\n\r\n今天', '一\r二\r\n三\n\r四\r\r', '']) {
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) expect(index.locate(offset), JSON.stringify(text) + offset).toEqual(byRegex(text, offset));
    }
  });

  it('places a word of a speech', () => {
    const text = '同志们：\n今天，我们召开机关党建工作会议。';
    expect(new LineIndex(text).locate(text.indexOf('机关'))).toEqual({ line: 2, column: 8 });
  });
});
