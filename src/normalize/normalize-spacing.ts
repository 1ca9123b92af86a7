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
  let line: GapLine | undefined;
  // One search of the whole value: a line without a gap costs nothing.
  for (const m of value.matchAll(INLINE_SPACES)) {
    const start = m.index;
    const end = start + m[0].length;
    if (line === undefined || start > line.end) line = new GapLine(value, start);
    const edge = start === line.start || end === line.end;
    const replacement = edge ? '' : gapReplacement(value[start - 1]!, value[end]!, line, start);
    if (replacement !== m[0]) edits.push({ start, end, text: replacement });
  }
  return text.applyEdits(edits).replaceAll(/^\n+|\n{3,}/g, (m) => (m.index === 0 ? '' : '\n\n'));
}

/** A run of spaces within a line (a line break never belongs to a gap). */
const INLINE_SPACES = /[^\S\n]+/g;

function gapReplacement(before: string, after: string, line: GapLine, at: number): string {
  const fullWidthMark = (c: string): boolean => isCjk(c) && !isHan(c);
  if (fullWidthMark(before) || fullWidthMark(after)) return '';
  if (isHan(before) && isHan(after)) return line.separatesPhrases(at) ? ' ' : '';
  return ' ';
}

/** The line around a gap, read only as far as its gaps ask: whether it is a title, where 《 and 》 open and close. */
class GapLine {
  readonly start: number;
  readonly end: number;
  private titleLike: boolean | undefined;
  private scanned: number;
  private insideBookTitle = false;

  constructor(
    private readonly value: string,
    at: number,
  ) {
    this.start = at === 0 ? 0 : value.lastIndexOf('\n', at - 1) + 1;
    const newline = value.indexOf('\n', at);
    this.end = newline < 0 ? value.length : newline;
    this.scanned = this.start;
  }

  /** Whether a gap at `at` separates two phrases: in a line without a sentence end, or between 《 and 》 (asked with rising positions). */
  separatesPhrases(at: number): boolean {
    this.titleLike ??= !SENTENCE_END.test(this.value.slice(this.start, this.end));
    return this.titleLike || this.insideBookTitleAt(at);
  }

  private insideBookTitleAt(at: number): boolean {
    for (; this.scanned < at; this.scanned++) {
      const c = this.value[this.scanned];
      if (c === '《') this.insideBookTitle = true;
      else if (c === '》') this.insideBookTitle = false;
    }
    return this.insideBookTitle;
  }
}
