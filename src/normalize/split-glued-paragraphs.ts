import type { Edit, MappedText } from '../text/mapped-text.js';
import { SENTENCE_END } from './cjk.js';
import { PARAGRAPH_BREAK_RULES } from './paragraph-break-rules.js';

/**
 * Restores paragraph breaks that a scraped text kept only as layout inside a line (an indent of
 * full-width spaces, a photo credit glued between paragraphs): a line break is inserted where a
 * rule says a paragraph begins, in lines of running text, never at a line's edge. Inserted breaks
 * map to an empty range of the original, so spans and raw slices stay exact.
 */
export function splitGluedParagraphs(text: MappedText): MappedText {
  const breaks = new Set<number>();
  let lineStart = 0;
  for (const line of text.value.split('\n')) {
    if (SENTENCE_END.test(line)) {
      const firstVisible = line.search(/\S/u);
      const lastVisible = line.trimEnd().length;
      for (const rule of PARAGRAPH_BREAK_RULES) {
        for (const m of line.matchAll(rule.pattern)) {
          const end = m.index + m[0].length;
          if (rule.breakBefore && m.index > firstVisible) breaks.add(lineStart + m.index);
          if (rule.breakAfter && end < lastVisible) breaks.add(lineStart + end);
        }
      }
    }
    lineStart += line.length + 1;
  }
  const edits: Edit[] = [...breaks].sort((a, b) => a - b).map((at) => ({ start: at, end: at, text: '\n' }));
  return text.applyEdits(edits);
}
