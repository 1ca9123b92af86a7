import type { Speech } from '../../model.js';
import { parseCount } from '../numerals.js';
import { paragraphAt } from '../speech-text.js';
import { ANNOUNCEMENT_PATTERNS } from './announcement-patterns.js';
import { findListedCounts } from './find-listed-counts.js';
import type { FoundAnnouncement } from './found-announcement.js';

/**
 * Every phrase that announces a number of items, in document order: inline lists closed by their
 * count first, then the announcement patterns in table order; a phrase overlapping one already
 * taken is dropped.
 */
export function findAnnouncements(speech: Speech): FoundAnnouncement[] {
  const taken: FoundAnnouncement[] = [...findListedCounts(speech)];
  // Phrases never cross a paragraph, so a new one is checked only against those of its paragraph
  // (checking every phrase taken made long files quadratic).
  const byParagraph: FoundAnnouncement[][] = speech.paragraphs.map(() => []);
  for (const t of taken) byParagraph[paragraphAt(speech, t.start)!.index]!.push(t);
  for (const { id, pattern, needsItems, looksBack, requires, fromEnd } of ANNOUNCEMENT_PATTERNS) {
    for (const paragraph of speech.paragraphs) {
      if (requires && !requires.test(paragraph.value)) continue;
      const inParagraph = byParagraph[paragraph.index]!;
      // exec with lastIndex, not matchAll: matchAll copies the regex on every paragraph.
      pattern.lastIndex = fromEnd === undefined ? 0 : Math.max(0, paragraph.value.length - fromEnd);
      for (let m = pattern.exec(paragraph.value); m; m = pattern.exec(paragraph.value)) {
        const start = paragraph.offset + m.index;
        const end = start + m[0].length;
        if (inParagraph.some((t) => t.start < end && start < t.end)) continue;
        const numeral = m.groups?.count ?? '几';
        const count = numeral === '几' ? null : parseCount(numeral);
        if (count !== null && count < 2) continue; // 突出一个实字: one is not a list
        // Only a named term (三个转变) can be announced twice in one section: in its heading and again in the text.
        const key = m.groups?.head ? `${count}${m.groups.head}` : `${id}@${start}`;
        const found: FoundAnnouncement = { pattern: id, start, end, count, key, ...(needsItems ? { needsItems } : {}), ...(looksBack ? { looksBack } : {}) };
        taken.push(found);
        inParagraph.push(found);
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
