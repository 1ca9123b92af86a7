import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/io/markdown-to-text.js';
import { LineIndex } from '../../src/text/line-index.js';
import { expectHanCharactersMapBack, originalOf } from './expect-mapped.js';

/** A draft as `speechkit draft` writes it (issue 6): metadata block, # title, headings with their markers. */
const DRAFT = `---
title: 在全市机关党的建设工作会议上的讲话
meeting: 全市机关党的建设工作会议
speaker: x书记
date: 2024-03-01
minutes: 20
points: [认清形势, 突出重点]
---
# 在全市机关党的建设工作会议上的讲话

同志们：

今天，我们在这里召开全市机关党的建设工作会议。下面，我就进一步推进机关党建工作高质量发展，讲几点意见。

## 一、认清形势、提高认识

**第一**，实现机关党建高质量发展，是推进*全面从严治党*要求落实落细的必然要求。
近年来，机关各级党组织党建主责主业意识不断增强。

<!-- 参考：corpus/004 第 5 行“机关党建工作取得了一定成效” -->

### （一）突出重点、统筹推进

- 一是要深入创建模范机关。
- 二是要全面巩固主题教育成果。

1. 压实主体责任。
2. 充分发挥党员主体作用。

    同志们，做好新形势下的机关党建工作意义重大、使命光荣、任务艰巨。

> 正确的路线确定之后，干部就是决定的因素。
`;

describe('markdownToText', () => {
  const result = markdownToText(DRAFT);

  it('keeps one line per block and per source line, with the Markdown syntax gone and list numbers kept', () => {
    expect(result.text.value.split('\n')).toEqual([
      '在全市机关党的建设工作会议上的讲话',
      '同志们：',
      '今天，我们在这里召开全市机关党的建设工作会议。下面，我就进一步推进机关党建工作高质量发展，讲几点意见。',
      '一、认清形势、提高认识',
      '第一，实现机关党建高质量发展，是推进全面从严治党要求落实落细的必然要求。',
      '近年来，机关各级党组织党建主责主业意识不断增强。',
      '（一）突出重点、统筹推进',
      '一是要深入创建模范机关。',
      '二是要全面巩固主题教育成果。',
      '1.压实主体责任。',
      '2.充分发挥党员主体作用。',
      '同志们，做好新形势下的机关党建工作意义重大、使命光荣、任务艰巨。',
      '正确的路线确定之后，干部就是决定的因素。',
      '',
    ]);
  });

  it('exposes the scalar fields of the metadata block', () => {
    expect(result.frontMatter).toEqual({
      title: '在全市机关党的建设工作会议上的讲话',
      meeting: '全市机关党的建设工作会议',
      speaker: 'x书记',
      date: '2024-03-01',
      minutes: '20',
    });
    expect(result.warnings).toEqual([]);
  });

  it('maps every character back into the file', () => {
    expectHanCharactersMapBack(DRAFT, result.text);
    expect(originalOf(DRAFT, result.text, '一、认清形势')).toBe('一、认清形势');
    expect(originalOf(DRAFT, result.text, '第一，实现')).toBe('第一**，实现');
    expect(originalOf(DRAFT, result.text, '1.压实')).toBe('1. 压实');
    expect(result.text.value).not.toContain('参考');
  });

  it('reads escapes and character references, mapping each to its source', () => {
    const source = '要把解决\\*灯下黑\\*问题&amp;作为&#x7A81;破口\n';
    const text = markdownToText(source).text;
    expect(text.value).toBe('要把解决*灯下黑*问题&作为突破口\n');
    expectHanCharactersMapBack(source, text);
    expect(originalOf(source, text, '作为突')).toBe('作为&#x7A81;');
  });

  it('leaves a metadata block that is not valid YAML in the text, with a warning at the bad line', () => {
    const source = '---\ntitle: 讲话\nspeaker: [x书记\n---\n同志们：\n';
    const read = markdownToText(source);
    expect(read.frontMatter).toBeUndefined();
    expect(read.text.value).toContain('同志们：');
    expect(read.text.value).toContain('title: 讲话');
    expect(read.warnings.map((w) => w.ruleId)).toEqual(['read/front-matter']);
    expect(new LineIndex(source).locate(read.warnings[0]!.span.start).line).toBe(3);
  });

  it('leaves prose between two rules in the text', () => {
    const source = '---\n同志们，今天我们召开会议。\n---\n';
    const read = markdownToText(source);
    expect(read.frontMatter).toBeUndefined();
    expect(read.text.value).toContain('同志们，今天我们召开会议。');
  });

  it('records the spans of the # headings only (not bold lines, list items or paragraphs)', () => {
    const source = '# 在全县经济工作会议上的讲话\n\n**一、把握形势**\n\n## 二、抓好重点\n\n1. 扩大投资\n\n### （一）培育产业\n\n正文。\n';
    const { headings } = markdownToText(source);
    expect(headings.map((h) => source.slice(h.start, h.end))).toEqual(['# 在全县经济工作会议上的讲话', '## 二、抓好重点', '### （一）培育产业']);
  });

  it('reads an empty file as empty text', () => {
    expect(markdownToText('').text.value).toBe('');
    expect(markdownToText('\n\n   \n').text.value).toBe('');
  });
});
