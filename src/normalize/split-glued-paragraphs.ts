import type { Edit, MappedText } from '../text/mapped-text.js';
import { SENTENCE_END } from './cjk.js';
import { PARAGRAPH_BREAK_RULES } from './paragraph-break-rules.js';

/** A line of the value that a rule matched in: where its visible text begins and ends, and whether it is running text. */
interface LineLayout {
  readonly start: number;
  readonly running: boolean;
  readonly firstVisible: number;
  readonly lastVisible: number;
}

/**
 * Restores paragraph breaks that a scraped text kept only as layout inside a line (an indent of
 * full-width spaces, a photo credit glued between paragraphs): a line break is inserted where a
 * rule says a paragraph begins, in lines of running text, never at a line's edge. Inserted breaks
 * map to an empty range of the original, so spans and raw slices stay exact. No rule matches a
 * line break, so each rule searches the whole value at once, and only a line it matched in is
 * looked at.
 */
export function splitGluedParagraphs(text: MappedText): MappedText {
  const value = text.value;
  const layouts = new Map<number, LineLayout>();
  const breaks = new Set<number>();
  for (const rule of PARAGRAPH_BREAK_RULES) {
    for (const m of value.matchAll(rule.pattern)) {
      const line = layoutAt(value, m.index, layouts);
      if (!line.running) continue;
      const index = m.index - line.start;
      const end = index + m[0].length;
      if (rule.breakBefore && index > line.firstVisible) breaks.add(m.index);
      if (rule.breakAfter && end < line.lastVisible) breaks.add(line.start + end);
    }
  }
  const edits: Edit[] = [...breaks].sort((a, b) => a - b).map((at) => ({ start: at, end: at, text: '\n' }));
  return text.applyEdits(edits);
}

/** The layout of the line holding value index `at`, read once per line. */
function layoutAt(value: string, at: number, layouts: Map<number, LineLayout>): LineLayout {
  const start = at === 0 ? 0 : value.lastIndexOf('\n', at - 1) + 1;
  let layout = layouts.get(start);
  if (layout === undefined) {
    const newline = value.indexOf('\n', at);
    const end = newline < 0 ? value.length : newline;
    const line = value.slice(start, end);
    layout = { start, running: SENTENCE_END.test(line), firstVisible: line.search(/\S/u), lastVisible: line.trimEnd().length };
    layouts.set(start, layout);
  }
  return layout;
}
