/**
 * A speechwriter's Markdown outline: numbered # headings with nothing written under some of them
 * yet are still headings (the file says so), while the same lines in a .txt stay a list.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { markdownToText } from '../../src/io/markdown-to-text.js';
import type { SourceDocument } from '../../src/model.js';
import { sourceFromText } from '../helpers/source.js';

const DRAFT = `# 在全县2026年经济工作会议上的讲话

同志们：

今天召开全县经济工作会议，主要任务是总结工作、部署任务。下面，我讲三点意见。

## 一、准确把握当前经济形势

## 二、聚焦重点抓好经济工作

### （一）扩大有效投资

### （二）培育新兴产业

## 三、切实加强组织领导

同志们，让我们团结一心，为完成全年目标任务而努力奋斗！
`;

const fromMarkdown = (original: string): SourceDocument => {
  const { text, warnings, headings } = markdownToText(original);
  return { path: '草稿.md', format: 'md', encoding: 'UTF-8', original, text, warnings, headings };
};

const outlineOf = (source: SourceDocument) =>
  analyzeSource(source).outline.map((item) => ({ marker: item.marker, children: item.children.map((c) => c.marker) }));

describe('headings marked in a Markdown draft', () => {
  it('are the outline, sub-headings with nothing under them included', () => {
    expect(outlineOf(fromMarkdown(DRAFT))).toEqual([
      { marker: '一、', children: [] },
      { marker: '二、', children: ['（一）', '（二）'] },
      { marker: '三、', children: [] },
    ]);
  });

  it('are checked for numbering like any heading', () => {
    const gap = analyzeSource(fromMarkdown(DRAFT.replace('（二）培育', '（三）培育'))).diagnostics.map((d) => d.ruleId);
    expect(gap).toContain('outline/numbering-gap');
  });

  it('count only where the file marks them: the same lines in a .txt are a list, not sub-headings', () => {
    const plain = DRAFT.replace(/^#+ /gm, '');
    expect(outlineOf(sourceFromText(plain, '草稿.txt'))).toEqual([
      { marker: '一、', children: [] },
      { marker: '二、', children: [] },
      { marker: '三、', children: [] },
    ]);
  });
});
