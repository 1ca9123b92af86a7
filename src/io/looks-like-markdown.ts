/** A YAML metadata block opening the file (as read-front-matter.ts reads it) with at least one `key: value` line. */
const FRONT_MATTER = /^---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:[^\n]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/**
 * Block markup no plain-text speech carries: an ATX heading (# 政府工作报告), a line in bold
 * (**一、2024年工作回顾**). Sticky: tried only at a line start holding # or * (a multiline search
 * would try ^ at every position of the file).
 */
const MARKUP_LINE = /^(?:#{1,6}[ \t]+\S.*|\*\*[^*\n]+\*\*)[ \t]*$/my;
/** Marks that open a markup line. */
const MARKUP_OPENERS = ['#', '*'];

/** Whether a line starts at `at`: ^ of a multiline regex, after any line terminator. */
function startsLine(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === 0x0a || before === 0x0d || before === 0x2028 || before === 0x2029;
}

/**
 * Whether a file saved as .txt is really Markdown — a crawled page kept as Markdown, a draft
 * renamed: it opens with a metadata block, or sets two lines or more as headings or bold lines.
 * Read as Markdown, its headings keep their numbering (一、) without the ** around it.
 */
export function looksLikeMarkdown(text: string): boolean {
  if (FRONT_MATTER.test(text)) return true;
  const starts: number[] = [];
  for (const opener of MARKUP_OPENERS) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) if (startsLine(text, at)) starts.push(at);
  }
  starts.sort((a, b) => a - b);
  let lines = 0;
  let searchedTo = 0; // matches do not overlap, as in a global search
  for (const start of starts) {
    if (start < searchedTo) continue;
    MARKUP_LINE.lastIndex = start;
    if (!MARKUP_LINE.test(text)) continue;
    if (++lines >= 2) return true;
    searchedTo = MARKUP_LINE.lastIndex;
  }
  return false;
}
