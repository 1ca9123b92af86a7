/**
 * Paragraph breaks that survive only as layout inside one physical line (scraped fields that lost
 * their line breaks). Each rule matches a piece of layout and says on which side of it a new
 * paragraph begins; the splitter inserts a line break there and changes nothing else, so every
 * position still maps into the original. Rules apply only to a line of running text (one holding a
 * sentence end): a title set as two phrases with a wide gap (学史力行　　做好机关党建“五量”答卷)
 * stays one line.
 */
export interface ParagraphBreakRule {
  readonly id: string;
  /** Global. */
  readonly pattern: RegExp;
  /** A paragraph begins at the match (when text precedes it on the line) and/or right after it (when text follows). */
  readonly breakBefore: boolean;
  readonly breakAfter: boolean;
  /** A real line of this kind. */
  readonly example: string;
  readonly seenIn: string;
}

/** A photographer's credit under a news photo: 新华社记者 鞠鹏/摄, 记者 刘彬、谢环驰/摄. */
export const PHOTO_CREDIT = /(?:新华社|中新社|人民日报|本报)?记者[ \u3000]*[\p{Script=Han}·]{2,5}(?:[、 \u3000]+[\p{Script=Han}·]{2,5})*[ \u3000]*[/／][ \u3000]*摄/u;

export const PARAGRAPH_BREAK_RULES: readonly ParagraphBreakRule[] = [
  {
    id: 'indent-run',
    // Two or more full-width spaces after visible text: the indent of the next paragraph.
    pattern: /\u3000{2,}/gu,
    breakBefore: true,
    breakAfter: false,
    example: '一、关于疫情防控形势和做好疫情防控重点工作　　做好疫情防控工作，直接关系人民生命安全和身体健康。',
    seenIn: '习近平 2020-02-03 中央政治局常委会会议讲话（人民网资料库字段，一行）',
  },
  {
    id: 'photo-credit',
    // The credit gets a line of its own (cleaning removes it, signature photo-credit), and what follows is the speech again.
    pattern: new RegExp(PHOTO_CREDIT.source, 'gu'),
    breakBefore: true,
    breakAfter: true,
    example: '习近平在北京出席决战决胜脱贫攻坚座谈会并发表重要讲话。 新华社记者 鞠鹏/摄第一，创造了我国减贫史上最好成绩。',
    seenIn: '习近平 2018-02-12 在打好精准脱贫攻坚战座谈会上的讲话（人民网资料库字段，一行）',
  },
];
