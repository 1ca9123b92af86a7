import { MappedText, type Edit } from '../text/mapped-text.js';

/** A character reference as Markdown and HTML write it: &amp; &#20013; &#x4e2d; */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Builds the plain text of a marked-up file (Markdown, HTML) as edits of the file's text, so every
 * character of the result maps back to where it stands in the file. Readers call `keep` for the
 * source ranges that are text, in order; everything between kept ranges is dropped, and `breakLine`
 * turns the next dropped gap into one line break (never a blank line, never a leading one).
 */
export class TextExtraction {
  private readonly edits: Edit[] = [];
  private cursor = 0;
  private lineHasText = false;
  private breakPending = false;

  constructor(readonly original: string) {}

  /** True when nothing has been kept since the last line break (so leading blanks can be dropped). */
  get atLineStart(): boolean {
    return !this.lineHasText || this.breakPending;
  }

  /** Keeps original[start, end) as it is. */
  keep(start: number, end: number): void {
    this.moveTo(start);
    if (end > start) this.lineHasText = true;
    this.cursor = end;
  }

  /** Keeps original[start, end) in the text as `text` (a decoded entity, a collapsed space). */
  replace(start: number, end: number, text: string): void {
    this.moveTo(start);
    if (text !== this.original.slice(start, end)) this.edits.push({ start, end, text });
    if (text !== '') this.lineHasText = true;
    this.cursor = end;
  }

  /**
   * Keeps original[start, end) as `value`, a parser's reading of it from which syntax characters
   * (escapes, quote markers, indentation) were removed and character references decoded. Its line
   * breaks are line breaks of the extraction (never blank lines).
   */
  keepAligned(start: number, end: number, value: string): void {
    let p = start;
    let i = 0;
    while (i < value.length && p < end) {
      if (this.original[p] === value[i]) {
        if (value[i] === '\n') this.breakLine();
        else this.keep(p, p + 1);
        p++;
        i++;
        continue;
      }
      CHARACTER_REFERENCE.lastIndex = p;
      const reference = CHARACTER_REFERENCE.exec(this.original);
      if (reference && p + reference[0].length <= end) {
        const j = i + decodedLength(reference[0], value, i, this.original[p + reference[0].length]);
        this.replace(p, p + reference[0].length, value.slice(i, j));
        p += reference[0].length;
        i = j;
        continue;
      }
      p++; // a syntax character: dropped
    }
    if (i < value.length) this.replace(end, end, value.slice(i));
    else this.moveTo(end);
  }

  /** Ends the current line: the next kept text starts a new one. */
  breakLine(): void {
    if (this.lineHasText) this.breakPending = true;
  }

  /** The extracted text, ending with a line break when it has any text. */
  finish(): MappedText {
    this.breakLine();
    this.moveTo(this.original.length);
    this.cursor = this.original.length;
    return MappedText.identity(this.original).applyEdits(this.edits);
  }

  /** Drops original[cursor, to), or makes it the pending line break. */
  private moveTo(to: number): void {
    if (to < this.cursor) throw new RangeError(`text kept out of order at ${to}`);
    const text = this.breakPending ? '\n' : '';
    if (to > this.cursor || text) this.edits.push({ start: this.cursor, end: to, text });
    if (this.breakPending) {
      this.breakPending = false;
      this.lineHasText = false;
    }
    this.cursor = to;
  }
}

/**
 * How many UTF-16 units of the parser's `value`, from `i`, a character reference decoded to: a numeric
 * one is known exactly; a named one is one unit unless the next units run on to the character that
 * follows the reference in the original (a few names decode to two code points).
 */
function decodedLength(reference: string, value: string, i: number, after: string | undefined): number {
  const numeric = /^&#([xX])?([0-9a-fA-F]+);$/.exec(reference);
  if (numeric) {
    const codePoint = parseInt(numeric[2]!, numeric[1] ? 16 : 10);
    return codePoint > 0xffff && codePoint <= 0x10ffff ? 2 : 1;
  }
  if (after === '&' || value[i + 1] === after) return 1;
  return i + 2 <= value.length && value[i + 2] === after ? 2 : 1;
}
