import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { SourceDocument } from '../../src/model.js';
import { readDraftMarkdown } from '../../src/export/read-draft-markdown.js';
import { MappedText } from '../../src/text/mapped-text.js';

const DRAFT_PATH = 'test/export/fixtures/draft.md';

function source(original: string, path = 'draft.md'): SourceDocument {
  return { path, format: 'md', encoding: 'UTF-8', original, text: MappedText.identity(original) };
}

describe('readDraftMarkdown', () => {
  const { document, diagnostics } = readDraftMarkdown(source(readFileSync(DRAFT_PATH, 'utf8'), DRAFT_PATH));

  it('takes the title from the # heading and speaker, date, meeting from the YAML block', () => {
    expect(document.title).toBe('在2024年全市机关党的建设工作会议上的讲话');
    expect(document.meta).toEqual({
      speaker: '市委常委、市直机关工委书记 张三',
      date: '2024年3月1日',
      meeting: '2024年全市机关党的建设工作会议',
    });
    expect(diagnostics).toEqual([]);
  });

  it('reads ## to ##### as the four heading levels with their markers, the rest as body', () => {
    const outline = document.blocks.map((b) => (b.kind === 'heading' ? `${b.level} ${b.marker}` : b.kind));
    expect(outline).toEqual([
      'salutation',
      'paragraph',
      'paragraph',
      '1 一、',
      'paragraph',
      '2 （一）',
      'paragraph',
      '3 1.',
      'paragraph',
      '4 （1）',
      'paragraph',
      '1 二、',
      'paragraph',
      '1 三、',
      'paragraph',
    ]);
  });

  it('finds a heading written inline with its paragraph and keeps 一是 in the body', () => {
    expect(document.blocks[13]).toEqual({
      kind: 'heading',
      level: 1,
      marker: '三、',
      text: '改革创新、求新求变，推进机关党建高质量发展实现“三个转变”。',
      rest: '机关党建是一项系统工程，机关党建高质量发展，必须推动机关党建内容、形式、方法、机制、效果等全方位创新发展。',
    });
    expect(document.blocks[12]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^一是要深入创建模范机关。/) });
  });

  it('drops the drafting hints in HTML comments', () => {
    expect(JSON.stringify(document)).not.toMatch(/提示|<!--/);
  });

  it('reads plain Markdown without markers or metadata, and warns that it has no title', () => {
    const plain = readDraftMarkdown(source('## 背景\n\n今天，我们召开全市机关党建工作会议。\n机关党建要发挥聚人心作用。\n\n1. 压实主体责任\n2. 加强队伍建设\n'));
    expect(plain.document.blocks).toEqual([
      { kind: 'heading', level: 1, marker: '', text: '背景' },
      { kind: 'paragraph', text: '今天，我们召开全市机关党建工作会议。机关党建要发挥聚人心作用。' },
      { kind: 'heading', level: 3, marker: '1.', text: '压实主体责任' },
      { kind: 'heading', level: 3, marker: '2.', text: '加强队伍建设' },
    ]);
    expect(plain.diagnostics.map((d) => d.ruleId)).toEqual(['export/no-title']);
  });

  it('warns where a marker and the heading depth disagree, with the span of the heading line', () => {
    const text = '# 讲话\n\n### 一、认清形势\n';
    const { document: doc, diagnostics: found } = readDraftMarkdown(source(text));
    expect(doc.blocks[0]).toMatchObject({ level: 1, marker: '一、' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'export/heading-level', severity: 'warning' });
    expect(text.slice(found[0]!.span.start, found[0]!.span.end)).toBe('### 一、认清形势');
  });

  it('rejects a metadata block that is not YAML, naming the file line', () => {
    const bad = '---\nspeaker: 张三\ndate: [2024年\n---\n# 讲话\n';
    expect(() => readDraftMarkdown(source(bad))).toThrow(InputError);
    try {
      readDraftMarkdown(source(bad));
    } catch (error) {
      expect((error as InputError).line).toBeGreaterThanOrEqual(3);
      expect((error as InputError).format()).toMatch(/^draft\.md:\d+: 开头的元数据块/);
    }
  });
});
