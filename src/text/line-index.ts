/** Turns offsets into 1-based line and column numbers of one text. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    // CRLF, LF and a lone CR each end a line, as editors count them.
    for (const m of text.matchAll(/\r\n?|\n/g)) this.lineStarts.push(m.index + m[0].length);
  }

  locate(offset: number): LineColumn {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }
}
