import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanBoilerplate } from '../../src/normalize/clean-boilerplate.js';
import { PAGE_EDGE_RULES } from '../../src/normalize/page-edge-rules.js';
import { MappedText } from '../../src/text/mapped-text.js';

const BODY = '在全党上下庆祝建党85周年之际，我们召开市级机关党建工作创新推进会，主要任务就是紧紧围绕全市发展大局。';

function clean(original: string) {
  const result = cleanBoilerplate(MappedText.identity(original), original);
  return { ...result, kept: result.text.value.split('\n').filter((l) => l.trim() !== '') };
}

describe('page edges', () => {
  it('keeps a repeated title once (the copy next to the text) and removes the page title with its reason', () => {
    const original = '学史力行 做好机关党建“五量”答卷\n发布者:办公室\n\n学史力行\u00a0\u00a0做好机关党建“五量”答卷\n\n' + BODY;
    const { kept, removed, metadata } = clean(original);
    expect(kept[0]).toBe('学史力行\u00a0\u00a0做好机关党建“五量”答卷');
    expect(metadata.title).toBe('学史力行 做好机关党建“五量”答卷');
    expect(removed[0]).toMatchObject({ ruleId: PAGE_EDGE_RULES.duplicateTitle.id, span: { start: 0, end: 17 } });
  });

  it('removes the one-word tag lines above the title (corpus/003)', () => {
    const original = '2023\n开展\n基层\n党建\n致辞\n开展基层党建推进工作试点在基层党建工作推进会议上的讲话\n同志们:\n' + BODY;
    const { kept, removed, metadata } = clean(original);
    expect(removed.map((r) => [r.ruleId, r.raw])).toEqual(['2023', '开展', '基层', '党建', '致辞'].map((t) => [PAGE_EDGE_RULES.tagLines.id, t]));
    expect(metadata.title).toBe('开展基层党建推进工作试点在基层党建工作推进会议上的讲话');
    expect(kept).toHaveLength(3);
  });

  it('keeps the speaker and date lines below the title', () => {
    const { removed, kept } = clean('在全市机关党建工作会议上的讲话\n市委副书记 张明\n（2024年3月1日）\n' + BODY);
    expect(removed).toEqual([]);
    expect(kept).toHaveLength(4);
  });

  it('removes unknown short lines after footer furniture, but keeps the closing words before it', () => {
    const { removed, kept } = clean(`${BODY}\n谢谢大家\n版权所有:中共洛阳市委市直机关工作委员会\n洛阳市人民政府 河南省委省直工委 紫光阁`);
    expect(kept).toEqual([BODY, '谢谢大家']);
    expect(removed.map((r) => r.ruleId)).toEqual(['copyright', PAGE_EDGE_RULES.footerRun.id]);
  });

  it('removes nothing from a text whose speech cannot be told apart (no sentence end anywhere)', () => {
    expect(clean('他山之石\n学史力行 做好机关党建“五量”答卷').removed).toEqual([]);
  });
});

describe('corpus/001 (site navigation, notices, links)', () => {
  const original = readFileSync('corpus/001_496adbc9182e7b34.txt', 'utf8');
  const { kept, removed, metadata } = clean(original);

  it('keeps the title and the six paragraphs, nothing else', () => {
    expect(kept[0]!.trim()).toBe('学史力行\u00a0\u00a0做好机关党建“五量”答卷');
    expect(kept.slice(1).every((line) => line.trim().endsWith('。'))).toBe(true);
    expect(kept).toHaveLength(7);
  });

  it('records each removed line with a reason, and its raw is the slice of the original at its span', () => {
    expect(removed.length).toBe(28);
    for (const r of removed) {
      expect(r.raw).toBe(original.slice(r.span.start, r.span.end));
      expect(r.reason).not.toBe('');
    }
    expect(new Set(removed.map((r) => r.ruleId))).toEqual(new Set([
      'site-header', 'nav-menu', 'more-link', 'notice-list', 'tag-lines', 'duplicate-title', 'article-info', 'credit-line',
      'prev-next', 'friend-links', 'copyright', 'icp', 'contact', 'site-credits',
    ]));
  });

  it('extracts the title, the date and the author unit (供稿单位)', () => {
    expect(metadata).toEqual({ title: '学史力行 做好机关党建“五量”答卷', date: '2021-09-07 09:36:19', author: '苏州市级机关工委' });
  });
});
