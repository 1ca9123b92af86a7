import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../src/io/looks-like-markdown.js';

describe('looksLikeMarkdown', () => {
  it('takes two heading or bold lines for Markdown, whatever line break ends them (CRLF, CR, U+2028)', () => {
    expect(looksLikeMarkdown('# 政府工作报告\n\n各位代表：\n\n**一、2024年工作回顾**\n')).toBe(true);
    expect(looksLikeMarkdown('# 政府工作报告\r\n**一、2024年工作回顾**\r\n')).toBe(true);
    expect(looksLikeMarkdown('**一、2024年工作回顾**\r**二、2025年政府工作任务**')).toBe(true);
    expect(looksLikeMarkdown('# 政府工作报告\u2028**一、2024年工作回顾**')).toBe(true);
  });

  it('does not take one bold line, or marks inside a line, for Markdown', () => {
    expect(looksLikeMarkdown('同志们：\n**这一句强调了。**\n今天的会议很重要。\n')).toBe(false);
    expect(looksLikeMarkdown('第一，#话题# 要讨论。**重点**在落实。\n第二，**要**抓好**落实**，#不能#空谈。\n')).toBe(false);
    expect(looksLikeMarkdown('#政府工作报告\n#各位代表\n')).toBe(false);
  });

  it('opens with a metadata block: Markdown', () => {
    expect(looksLikeMarkdown('---\ntitle: "政府工作报告"\ndate: 2025-03-13\n---\n\n各位代表：\n')).toBe(true);
  });
});
