import type { Speech } from '../../model.js';
import { parseCount } from '../numerals.js';
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
  for (const { id, pattern, needsItems, looksBack } of ANNOUNCEMENT_PATTERNS) {
    for (const paragraph of speech.paragraphs) {
      for (const m of paragraph.value.matchAll(pattern)) {
        const start = paragraph.offset + m.index;
        const end = start + m[0].length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        const numeral = m.groups?.count ?? '几';
        const count = numeral === '几' ? null : parseCount(numeral);
        if (count !== null && count < 2) continue; // 突出一个实字: one is not a list
        // Only a named term (三个转变) can be announced twice in one section: in its heading and again in the text.
        const key = m.groups?.head ? `${count}${m.groups.head}` : `${id}@${start}`;
        taken.push({ pattern: id, start, end, count, key, ...(needsItems ? { needsItems } : {}), ...(looksBack ? { looksBack } : {}) });
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
