/** Turns offsets into 1-based line and column numbers of one text. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

const LF = 0x0a;
const CR = 0x0d;

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    // CRLF, LF and a lone CR each end a line, as editors count them. Most files have LF only:
    // then indexOf finds each line end, far faster than a regex match object per line.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) this.lineStarts.push(i + 1);
      else if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        this.lineStarts.push(i + 1);
      }
    }
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
