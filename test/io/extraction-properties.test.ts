import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/io/html-to-text.js';
import { markdownToText } from '../../src/io/markdown-to-text.js';
import type { MappedText } from '../../src/text/mapped-text.js';

/** Pieces of Markdown and HTML syntax mixed with speech text, so random files hit every reader path. */
const PIECES = [
  '#', '## ', ' ', '  ', '\n', '\n\n', '*', '**', '_', '\\', '\\*', '`', '```\n', '    ', '> ', '- ', '1. ', '2) ', '---\n',
  '&amp;', '&#20013;', '&#x4e2d;', '&nbsp;', '&bogus;', '<', '>', '<p>', '</p>', '<br>', '<td>', '<tr>', '<!--', '-->',
  '<script>', '</script>', '<span hidden>', '</span>', '<pre>', '</pre>', 'title: 讲话\n', '同志们：', '一、', '（一）',
  '机关党建', '。', '，', 'PPT', '2024',
];
const file = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** Every kept character other than a space or line break maps to itself or to the character reference that wrote it. */
function mapsBack(original: string, text: MappedText): boolean {
  for (let i = 0; i < text.value.length; i++) {
    const char = text.value[i]!;
    if (/\s/.test(char)) continue;
    const span = text.toOriginal({ start: i, end: i + 1 });
    if (span.start < 0 || span.end > original.length) return false;
    const source = original.slice(span.start, span.end);
    if (source !== char && !/^&[#\w]+;$/.test(source)) return false;
  }
  return true;
}

describe('text extraction on arbitrary marked-up files', () => {
  it('maps each of two adjacent character references to its own reference (a case fast-check found)', () => {
    const source = '&nbsp;&#x4e2d;&bogus;';
    const { text } = markdownToText(source);
    expect(text.value).toBe('\u00a0中&bogus;\n');
    const zhong = text.toOriginal({ start: 1, end: 2 });
    expect(source.slice(zhong.start, zhong.end)).toBe('&#x4e2d;');
    expect(mapsBack(source, text)).toBe(true);
  });


  it('Markdown: never throws, never starts with or holds a blank line, maps every character back', () => {
    fc.assert(
      fc.property(file, (source) => {
        const { text } = markdownToText(source);
        expect(text.value.startsWith('\n')).toBe(false);
        expect(text.value).not.toContain('\n\n');
        expect(mapsBack(source, text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('HTML: never throws, never starts with or holds a blank line, maps every character back', () => {
    fc.assert(
      fc.property(file, (source) => {
        const text = htmlToText(source);
        expect(text.value.startsWith('\n')).toBe(false);
        expect(text.value).not.toContain('\n\n');
        expect(mapsBack(source, text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
