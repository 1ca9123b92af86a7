import type { Paragraph } from '../model.js';

/** A title is short and carries no sentence punctuation (a heading like 一、… is not a title). */
const TITLE_SHAPE = /^(?![一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，、])[^。！？；：:;]{2,40}$/u;

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/**
 * The paragraph that states the title: the one equal to the title cleaning found in the page
 * furniture, else the first paragraph when it has a title's shape.
 */
export function findTitleParagraph(paragraphs: readonly Paragraph[], metadataTitle?: string): Paragraph | undefined {
  if (metadataTitle) {
    const wanted = squeeze(metadataTitle);
    const match = paragraphs.find((p) => squeeze(p.value) === wanted);
    if (match) return match;
  }
  const first = paragraphs[0];
  return first && TITLE_SHAPE.test(first.value) ? first : undefined;
}
