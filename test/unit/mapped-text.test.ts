import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/text/mapped-text.js';
import { LineIndex } from '../../src/text/line-index.js';

const original = '同志们:\r\n今天,我讲三点意見。\r\n';

describe('MappedText', () => {
  it('maps every range of an edited value back to the original slice it came from', () => {
    const text = MappedText.identity(original)
      .replaceAll(/\r\n/g, () => '\n')
      .replaceAll(/[,:]/g, (m) => (m[0] === ',' ? '，' : '：'))
      .withSameLengthValue('同志们：\n今天，我讲三点意见。\n');
    expect(text.value).toBe('同志们：\n今天，我讲三点意见。\n');
    const i = text.value.indexOf('三点意见');
    const span = text.toOriginal({ start: i, end: i + 4 });
    expect(original.slice(span.start, span.end)).toBe('三点意見');
    const comma = text.value.indexOf('，');
    expect(original.slice(...Object.values(text.toOriginal({ start: comma, end: comma + 1 })))).toBe(',');
  });

  it('maps a deletion to an empty range at its place and a replacement to the whole replaced span', () => {
    const text = MappedText.identity('导语：来源于网友上传。正文').applyEdits([
      { start: 0, end: 11, text: '' },
      { start: 11, end: 13, text: '本文' },
    ]);
    expect(text.value).toBe('本文');
    expect(text.toOriginal({ start: 0, end: 2 })).toEqual({ start: 11, end: 13 });
    expect(text.originalOffset(2)).toBe(13);
  });

  it('rejects overlapping edits', () => {
    expect(() => MappedText.identity('abcdef').applyEdits([{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(RangeError);
  });

  it('maps an identity text, kept without arrays, as the same text with its mapping written out', () => {
    const value = '同志们：\n今天，我讲三点意見。';
    const lazy = MappedText.identity(value);
    const written = MappedText.fromPieces([{ text: value, from: 0 }], value.length);
    for (let start = 0; start <= value.length + 1; start++) {
      expect(lazy.originalOffset(start)).toBe(written.originalOffset(start));
      for (let end = 0; end <= value.length + 1; end++) expect(lazy.toOriginal({ start, end })).toEqual(written.toOriginal({ start, end }));
    }
    const edits = [{ start: 3, end: 4, text: ':' }, { start: 7, end: 7, text: '\n' }, { start: 12, end: 14, text: '意见' }];
    const [a, b] = [lazy.applyEdits(edits), written.applyEdits(edits)];
    expect(a.value).toBe(b.value);
    for (let start = 0; start <= a.length; start++) expect(a.toOriginal({ start, end: a.length })).toEqual(b.toOriginal({ start, end: a.length }));
    expect(MappedText.identity('').toOriginal({ start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('maps each unit after several passes as a table of one original range per unit would', () => {
    const original = '同志们:\r\n  今天,我讲三点意見。\r\n\r\n\r\n一是(要)学习;二是要落实.\r\n';
    // The reference: one [start, end) per unit of the value, rewritten at every edit.
    let value = original;
    let table = Array.from(original, (_, i) => [i, i + 1] as const);
    let text = MappedText.identity(original);
    const pass = (edits: { start: number; end: number; text: string }[]): void => {
      text = text.applyEdits(edits);
      for (const e of [...edits].sort((a, b) => b.start - a.start)) {
        const from = [table[e.start]![0], table[e.end - 1]![1]] as const; // every edit here replaces something
        table = [...table.slice(0, e.start), ...Array.from(e.text, () => from), ...table.slice(e.end)];
        value = value.slice(0, e.start) + e.text + value.slice(e.end);
      }
    };
    const matches = (pattern: RegExp, replacement: (m: string) => string) =>
      [...value.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: replacement(m[0]) }));
    pass(matches(/\r\n/g, () => '\n'));
    pass(matches(/[,:;.]/g, (m) => ({ ',': '，', ':': '：', ';': '；', '.': '。' })[m]!));
    pass(matches(/[()]/g, (m) => (m === '(' ? '（' : '）')));
    pass(matches(/^ +|\n{3,}/gm, (m) => (m.startsWith('\n') ? '\n\n' : '')));
    pass([{ start: value.indexOf('意見'), end: value.indexOf('意見') + 2, text: '意见' }]);
    expect(text.value).toBe(value);
    expect(text.value).toBe('同志们：\n今天，我讲三点意见。\n\n一是（要）学习；二是要落实。\n');
    for (let i = 0; i < value.length; i++) expect(text.toOriginal({ start: i, end: i + 1 })).toEqual({ start: table[i]![0], end: table[i]![1] });
    const at = value.indexOf('三点意见');
    expect(original.slice(text.toOriginal({ start: at, end: at + 4 }).start, text.toOriginal({ start: at, end: at + 4 }).end)).toBe('三点意見');
  });

  it('keeps inserted pieces pointing at the next copied offset', () => {
    const text = MappedText.fromPieces([{ text: '标题', from: 10 }, { text: '\n' }, { text: '正文', from: 20 }], 30);
    expect(text.value).toBe('标题\n正文');
    expect(text.toOriginal({ start: 3, end: 5 })).toEqual({ start: 20, end: 22 });
  });
});

describe('LineIndex', () => {
  it('counts CRLF, LF and lone CR as line ends, with 1-based columns', () => {
    const index = new LineIndex('一\r\n二\n三\r四');
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(3)).toEqual({ line: 2, column: 1 });
    expect(index.locate(5)).toEqual({ line: 3, column: 1 });
    expect(index.locate(7)).toEqual({ line: 4, column: 1 });
  });
});
