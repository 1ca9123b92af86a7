/** A YAML metadata block opening the file (as read-front-matter.ts reads it) with at least one `key: value` line. */
const FRONT_MATTER = /^---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:[^\n]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** Block markup no plain-text speech carries: an ATX heading (# 政府工作报告), a line in bold (**一、2024年工作回顾**). */
const MARKUP_LINE = /^(?:#{1,6}[ \t]+\S.*|\*\*[^*\n]+\*\*)[ \t]*$/gm;

/**
 * Whether a file saved as .txt is really Markdown — a crawled page kept as Markdown, a draft
 * renamed: it opens with a metadata block, or sets two lines or more as headings or bold lines.
 * Read as Markdown, its headings keep their numbering (一、) without the ** around it.
 */
export function looksLikeMarkdown(text: string): boolean {
  if (FRONT_MATTER.test(text)) return true;
  let lines = 0;
  for (const _ of text.matchAll(MARKUP_LINE)) if (++lines >= 2) return true;
  return false;
}
