import type { Edit, MappedText } from '../text/mapped-text.js';
import { isCjk, isHan, SENTENCE_END } from './cjk.js';

/**
 * Spaces as Chinese text wants them, after punctuation is full-width:
 * - indentation and trailing spaces of a line go (NBSP and full-width spaces included);
 * - a gap between two Chinese characters goes in running text (a layout leftover), except inside
 *   《》 and in a line without a sentence end (a title or heading), where it separates two phrases
 *   (学史力行  做好机关党建“五量”答卷): dropping it would fuse them, so it becomes one space, the
 *   form the page title itself uses;
 * - a gap beside full-width punctuation goes; any other gap (Han and Latin or digits) becomes one space;
 * - more than one blank line between paragraphs becomes one, and blank lines at the start go.
 */
export function normalizeSpacing(text: MappedText): MappedText {
  const value = text.value;
  const edits: Edit[] = [];
  let lineStart = 0;
  for (const line of value.split('\n')) {
    const lineEnd = lineStart + line.length;
    const titleLike = !SENTENCE_END.test(line);
    const bookTitle = bookTitleTracker(line);
    for (const m of line.matchAll(/\s+/g)) {
      const start = lineStart + m.index;
      const end = start + m[0].length;
      const edge = start === lineStart || end === lineEnd;
      const replacement = edge ? '' : gapReplacement(value[start - 1]!, value[end]!, titleLike || bookTitle(m.index));
      if (replacement !== m[0]) edits.push({ start, end, text: replacement });
    }
    lineStart = lineEnd + 1;
  }
  return text.applyEdits(edits).replaceAll(/^\n+|\n{3,}/g, (m) => (m.index === 0 ? '' : '\n\n'));
}

function gapReplacement(before: string, after: string, separatesPhrases: boolean): string {
  const fullWidthMark = (c: string): boolean => isCjk(c) && !isHan(c);
  if (fullWidthMark(before) || fullWidthMark(after)) return '';
  if (isHan(before) && isHan(after)) return separatesPhrases ? ' ' : '';
  return ' ';
}

/** Tells whether a position of a line lies between 《 and 》; asked with rising positions, it reads the line once. */
function bookTitleTracker(line: string): (index: number) => boolean {
  let scanned = 0;
  let inside = false;
  return (index) => {
    for (; scanned < index; scanned++) {
      if (line[scanned] === '《') inside = true;
      else if (line[scanned] === '》') inside = false;
    }
    return inside;
  };
}
