/**
 * Paragraph breaks kept only as layout in a one-line scraped text (习近平讲话资料库字段, heldout set 2):
 * indents of full-width spaces and photo credits glued between paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { splitGluedParagraphs } from '../../src/normalize/split-glued-paragraphs.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { MappedText } from '../../src/text/mapped-text.js';
import { sourceFromText } from '../helpers/source.js';

const split = (text: string): string[] => splitGluedParagraphs(MappedText.identity(text)).value.split('\n');

const HEADING_GLUED =
  '二、关于做好维护社会稳定工作　　做好维护社会稳定工作，是有效应对重大疫情的重要保障。当前，尤其要做好以下工作。　　第一，全力维护正常经济社会秩序。';
const CAPTION_GLUED =
  '谱写了人类反贫困历史新篇章。2020年3月6日，习近平在北京出席决战决胜脱贫攻坚座谈会并发表重要讲话。 新华社记者 鞠鹏/摄第一，创造了我国减贫史上最好成绩。';

describe('paragraph breaks kept as layout', () => {
  it('a run of full-width spaces inside a line of running text starts a paragraph (习近平 2020-02-03)', () => {
    expect(split(HEADING_GLUED).map((l) => l.trim())).toEqual([
      '二、关于做好维护社会稳定工作',
      '做好维护社会稳定工作，是有效应对重大疫情的重要保障。当前，尤其要做好以下工作。',
      '第一，全力维护正常经济社会秩序。',
    ]);
  });

  it('a title set as two phrases with a wide gap stays one line (corpus/001)', () => {
    expect(split('学史力行　　做好机关党建“五量”答卷')).toEqual(['学史力行　　做好机关党建“五量”答卷']);
  });

  it('a photo credit gets a line of its own, and cleaning removes it (习近平 2018-02-12)', () => {
    expect(split(CAPTION_GLUED)[1]).toBe('新华社记者 鞠鹏/摄');
    const normalized = normalizeDocument(sourceFromText(CAPTION_GLUED));
    expect(normalized.text.value.split('\n')).toEqual([
      '谱写了人类反贫困历史新篇章。2020年3月6日，习近平在北京出席决战决胜脱贫攻坚座谈会并发表重要讲话。',
      '第一，创造了我国减贫史上最好成绩。',
    ]);
    expect(normalized.removed.map((r) => [r.ruleId, r.raw])).toEqual([['photo-credit', '新华社记者 鞠鹏/摄']]);
  });

  it('the paragraphs still point into the one-line file', () => {
    const speech = parseSpeech(normalizeDocument(sourceFromText(HEADING_GLUED)));
    expect(speech.paragraphs.map((p) => p.raw)).toEqual(speech.paragraphs.map((p) => p.value));
    expect(speech.paragraphs[2]!.span.start).toBe(HEADING_GLUED.indexOf('第一，'));
  });
});
