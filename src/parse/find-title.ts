import type { Paragraph } from '../model.js';

/** A numbered heading (一、 第一， （一） 1. ——) is never the title, even when the page furniture calls it so. */
const NUMBERED = /^[—\s]*(?:[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十]+|[（(]|[0-9０-９]+[.．、]|—)/u;
/** A title is short and carries no sentence punctuation. */
const TITLE_SHAPE = /^[^。！？；：:;]{2,40}$/u;

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/**
 * The paragraph that states the title: the one equal to the title cleaning found in the page
 * furniture, else the first paragraph when it has a title's shape.
 */
export function findTitleParagraph(paragraphs: readonly Paragraph[], metadataTitle?: string): Paragraph | undefined {
  if (metadataTitle) {
    const wanted = squeeze(metadataTitle);
    const match = paragraphs.find((p) => squeeze(p.value) === wanted);
    if (match) return NUMBERED.test(match.value) ? undefined : match;
  }
  const first = paragraphs[0];
  return first && TITLE_SHAPE.test(first.value) && !NUMBERED.test(first.value) ? first : undefined;
}
