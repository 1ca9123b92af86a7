import type { MappedText } from '../text/mapped-text.js';

/** CRLF and lone CR become LF; form feeds and line/paragraph separators too. */
export function unifyLineBreaks(text: MappedText): MappedText {
  return text.replaceAll(/\r\n?|[\f\u2028\u2029]/g, () => '\n');
}
