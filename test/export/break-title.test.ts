import { describe, expect, it } from 'vitest';
import { breakTitle, titleLines, titleWidth } from '../../src/export/break-title.js';
import { STANDARD_STYLE } from '../../src/export/export-styles.js';

describe('titleWidth', () => {
  it('counts Chinese 1, Latin ½ and the gap Word puts between them', () => {
    expect(titleWidth('机关党建')).toBe(4);
    expect(titleWidth('在2024年')).toBe(2 + 2 + 0.5);
  });
});

describe('breakTitle', () => {
  // corpus/003's title, as jieba cuts it.
  const words = ['开展', '基层', '党建', '推进', '工作', '试点', '在', '基层', '党建', '工作', '推进', '会议', '上', '的', '讲话'];

  it('leaves a title that fits one line (20 characters of 二号) alone', () => {
    expect(breakTitle(['机关', '党建', '创新', '会', '讲话'], 20)).toEqual(['机关党建创新会讲话']);
  });

  it('breaks a long title into even lines between words, never after 在', () => {
    expect(breakTitle(words, 20)).toEqual(['开展基层党建推进工作试点', '在基层党建工作推进会议上的讲话']);
  });

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const lines = breakTitle(['学史', '力行', ' ', '做好', '机关', '党建', '“', '五量', '”', '答卷', '，', '奋力', '开创', '新', '局面'], 12);
    expect(lines.join('')).toBe('学史力行 做好机关党建“五量”答卷，奋力开创新局面');
    for (const line of lines) {
      expect(line).not.toMatch(/^[，”]/);
      expect(line).not.toMatch(/“$/);
      expect(titleWidth(line)).toBeLessThanOrEqual(12);
    }
  });

  it('returns a title whole when no break between words fits', () => {
    expect(breakTitle(['中华人民共和国全国人民代表大会常务委员会'], 10)).toEqual(['中华人民共和国全国人民代表大会常务委员会']);
  });
});

describe('titleLines', () => {
  it('cuts a long title with the segmenter, only then', async () => {
    expect(await titleLines('机关党建创新会讲话', STANDARD_STYLE)).toEqual(['机关党建创新会讲话']);
    const lines = await titleLines('在2024年全市机关党的建设工作会议上的讲话', STANDARD_STYLE);
    expect(lines.join('')).toBe('在2024年全市机关党的建设工作会议上的讲话');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^在2024年/);
  });
});
