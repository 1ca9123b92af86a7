import type { Speech } from '../../model.js';
import { boundFloatingRun } from './bound-floating-run.js';
import { findHeadingLines } from './find-heading-lines.js';
import { findMarkerCandidates } from './find-marker-candidates.js';
import { groupMarkerRuns, type MarkerRuns } from './group-marker-runs.js';

/**
 * The speech's headings before announcements add implicit sections: unnumbered heading lines, and
 * runs of heading markers (cut where a heading line opens a new part), with the extent of the last
 * item of floating runs; and the enumerations (…：一是A；二是B。) that can realize a count.
 */
export function findHeadingRuns(speech: Speech): MarkerRuns {
  const lines = findHeadingLines(speech);
  const text = speech.normalized.text.value;
  const marked = new Set(speech.paragraphs.filter((p) => p.markedHeading).map((p) => p.index));
  const markers = groupMarkerRuns(findMarkerCandidates(speech), text, lines.map((h) => h.start), marked);
  const headings = markers.headings.map((run) => boundFloatingRun(run, speech));
  if (lines.length > 0) {
    // A fold, not Math.max(...ids): a long file has more runs than a call takes arguments.
    const id = [...markers.headings, ...markers.enumerations].reduce((max, r) => Math.max(max, r.id), -1) + 1;
    headings.push({ id, family: null, items: lines, headingLines: true });
  }
  return { headings, enumerations: markers.enumerations };
}
