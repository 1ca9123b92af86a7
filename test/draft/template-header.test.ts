import { describe, expect, it } from 'vitest';
import { htmlComment } from '../../src/draft/hint-comments.js';
import { readTemplateHeader, type TemplateSource } from '../../src/draft/template-header.js';
import { TemplateError } from '../../src/errors.js';

const source = (text: string): TemplateSource => ({ name: 'briefing', path: 'my/briefing.hbs', text, origin: 'user' });

describe('readTemplateHeader', () => {
  it('reads label, description and the parts of the budget', () => {
    const info = readTemplateHeader(
      source('{{!--\nlabel: 情况通报会\ndescription: 通报情况、提出要求\nparts:\n  - { id: opening, label: 开场, share: 0.2 }\n  - { id: points, label: 各点, share: 0.8 }\n--}}\n# {{title}}\n'),
    );
    expect(info).toMatchObject({ name: 'briefing', label: '情况通报会', description: '通报情况、提出要求' });
    expect(info.parts.map((p) => p.id)).toEqual(['opening', 'points']);
  });

  it('gives a template without a header its name and default parts', () => {
    const info = readTemplateHeader(source('# {{title}}\n'));
    expect(info.label).toBe('briefing');
    expect(info.parts.map((p) => p.id)).toEqual(['opening', 'points', 'close']);
  });

  it.each([
    ['shares that do not add up to 1', '{{!--\nlabel: 会\nparts:\n  - { id: points, label: 各点, share: 0.5 }\n--}}', 3, /share 加起来应为 1，现在是 0.5/],
    ['no part for the points', '{{!--\nlabel: 会\n\nparts:\n  - { id: opening, label: 开场, share: 1 }\n--}}', 4, /要有 id 为 points 的一项/],
    ['a label that is not text', '{{!--\nlabel: [一, 二]\n--}}', 2, /label 应是一行文字/],
    ['broken YAML', '{{!--\nlabel: 会\nlabel: 议\n--}}', 3, /YAML 语法错误/],
  ])('refuses %s, at its line', (_, text, line, message) => {
    try {
      readTemplateHeader(source(text));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).file).toBe('my/briefing.hbs');
      expect((error as TemplateError).line).toBe(line);
      expect((error as TemplateError).message).toMatch(message);
    }
  });
});

describe('htmlComment', () => {
  it('keeps a hint on one line and never closes the comment early', () => {
    expect(htmlComment('要点：讲清\n“灯下黑”问题')).toBe('<!-- 要点：讲清 “灯下黑”问题 -->');
    expect(htmlComment('参考：a --> b')).toBe('<!-- 参考：a - -> b -->');
  });
});
