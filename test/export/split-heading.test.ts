import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/export/export-document.js';
import { blockFromParagraph } from '../../src/export/block-from-paragraph.js';
import { splitHeading } from '../../src/export/split-heading.js';
import { isSalutation } from '../../src/export/salutations.js';

// corpus/004_df05c4cd14513717.txt, paragraphs 5, 16 and 6.
const INLINE_HEADING =
  '一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。总书记在党的十九大报告中第一次提出了党的建设质量的重大时代命题。';

describe('splitHeading', () => {
  it('splits a heading that runs into its paragraph at the end of the heading clause', () => {
    expect(splitHeading(INLINE_HEADING)).toEqual({
      kind: 'heading',
      level: 1,
      marker: '一、',
      text: '认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。',
      rest: '总书记在党的十九大报告中第一次提出了党的建设质量的重大时代命题。',
    });
  });

  it('keeps a heading on its own line whole, without rest', () => {
    expect(splitHeading('四、强化领导，压实责任，为机关党建高质量发展提供坚强组织保障')).toEqual({
      kind: 'heading',
      level: 1,
      marker: '四、',
      text: '强化领导，压实责任，为机关党建高质量发展提供坚强组织保障',
    });
  });

  it('maps the four marker families to the four document levels', () => {
    expect(splitHeading('（一）主要指标快速增长，为全年目标的完成奠定了良好的发展基础。截至6月底，全县生产总值完成13.3亿元。'))
      .toMatchObject({ level: 2, marker: '（一）', rest: '截至6月底，全县生产总值完成13.3亿元。' });
    expect(splitHeading('1.作评价。讲话第一部分，4个自然段。')).toMatchObject({ level: 3, marker: '1.', text: '作评价。' });
    expect(splitHeading('(1)言会。讲话伊始就鲜明地提出“青藏铁路精神”。')).toMatchObject({ level: 4, marker: '(1)' });
  });

  it('leaves enumerations inside the body (第一， 一是 一要) and numbers that are not markers alone', () => {
    expect(splitHeading('第一，实现机关党建高质量发展，是推进全面从严治党要求落实落细的必然要求。')).toBeUndefined();
    expect(splitHeading('一是要深入创建模范机关。今年是模范机关创建活动“巩固提升年”。')).toBeUndefined();
    expect(splitHeading('一要压实主体责任。机关工委要抓统一谋划、抓工作指导。')).toBeUndefined();
    expect(splitHeading('一、二季度全县生产总值增长14.9%。')).toBeUndefined();
    expect(splitHeading('2.1亿元用于规模以上工业企业技术改造。')).toBeUndefined();
  });

  it('drops the space a Markdown habit puts after the marker', () => {
    expect(splitHeading('1. 压实主体责任')).toMatchObject({ marker: '1.', text: '压实主体责任' });
  });

  it('loses no character of the paragraph', () => {
    const marker = fc.constantFrom('一、', '十二、', '（三）', '(四)', '1.', '12、', '（2）');
    const body = fc.string({ unit: fc.constantFrom('认', '清', '形', '势', '，', '。', '；', '：', 'x', '“', '”') });
    fc.assert(
      fc.property(marker, body, (m, b) => {
        const text = `${m}${b.replace(/^ +/, '')}`;
        const block = splitHeading(text);
        return block !== undefined && blockText(block) === text;
      }),
    );
  });
});

describe('salutations', () => {
  it('recognises the salutation line, alone or combined', () => {
    expect(isSalutation('同志们：')).toBe(true);
    expect(isSalutation('各位领导、同志们：')).toBe(true);
    expect(isSalutation('同志们:')).toBe(true);
    expect(blockFromParagraph('同志们：')).toEqual({ kind: 'salutation', text: '同志们：' });
  });

  it('does not take a sentence that opens with the address for a salutation', () => {
    // corpus/004, the closing paragraph.
    expect(isSalutation('同志们，做好新形势下的机关党建工作意义重大、使命光荣、任务艰巨。')).toBe(false);
    expect(blockFromParagraph('同志们，做好新形势下的机关党建工作意义重大。').kind).toBe('paragraph');
  });
});
