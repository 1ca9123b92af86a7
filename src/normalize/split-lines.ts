/** One line of a text value: where its visible content sits and where the line ends. */
export interface Line {
  /** 0-based line number in the value. */
  readonly index: number;
  /** Content range without the surrounding spaces (NBSP and full-width spaces included). */
  readonly start: number;
  readonly end: number;
  /** Start of the next line (after the '\n'), or the end of the value for the last line. */
  readonly next: number;
  /** Start of the line itself (before any indentation). */
  readonly lineStart: number;
  /** The content, trimmed. */
  readonly text: string;
}

/** Splits a value on '\n' (line breaks are already unified) into lines with trimmed content ranges. */
export function splitLines(value: string): Line[] {
  const lines: Line[] = [];
  for (let lineStart = 0; lineStart <= value.length; ) {
    let lineEnd = value.indexOf('\n', lineStart);
    const last = lineEnd < 0;
    if (last) lineEnd = value.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(value[start]!)) start++;
    while (end > start && /\s/.test(value[end - 1]!)) end--;
    const next = last ? lineEnd : lineEnd + 1;
    lines.push({ index: lines.length, start, end, next, lineStart, text: value.slice(start, end) });
    if (last) break;
    lineStart = next;
  }
  return lines;
}

/** The line without any spaces at all: how two copies of one title are compared. */
export function compactLine(text: string): string {
  return text.replace(/\s+/g, '');
}
