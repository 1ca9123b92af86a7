import { countHan } from '../speech-text.js';
import type { Heading, HeadingRun } from './heading.js';
import type { MarkerCandidate } from './marker-candidate.js';

export interface MarkerRuns {
  /** Runs whose items each head their own elaboration: sections of the speech. */
  readonly headings: readonly HeadingRun[];
  /** Runs of short items (…：一是A；二是B；三是C。): enumerations that can satisfy a count. */
  readonly enumerations: readonly HeadingRun[];
}

/**
 * Groups marker candidates into runs and tells headings from enumerations:
 * 1. markers of one family inside one sentence form an inline enumeration;
 * 2. the others form runs per family, a new run starting when the numbering starts again at 1;
 * 3. a run is headings when most of its items have text of their own after their first sentence,
 *    before the next item (the annotators' “heads its own elaboration”); otherwise an enumeration.
 * Runs of one item, and 首先 without 其次, are dropped: they are running text.
 */
export function groupMarkerRuns(candidates: readonly MarkerCandidate[], text: string): MarkerRuns {
  let nextId = 0;
  const headings: HeadingRun[] = [];
  const enumerations: HeadingRun[] = [];
  const inline = new Set<MarkerCandidate>();
  const bySentence = new Map<string, MarkerCandidate[]>();
  for (const c of candidates) {
    const key = `${c.sentenceStart}:${c.family.id}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  for (const items of bySentence.values()) {
    if (items.length < 2) continue;
    items.forEach((c) => inline.add(c));
    enumerations.push({ id: nextId++, family: items[0]!.family, items });
  }
  for (const items of splitRuns(candidates.filter((c) => !inline.has(c)))) {
    const family = items[0]!.family;
    if (items.length < 2 || (family.needsSecond && !items.some((c) => c.ordinal === 2))) continue;
    const run: HeadingRun = { id: nextId++, family, items };
    (isElaborated(items, text) ? headings : enumerations).push(run);
  }
  return { headings, enumerations };
}

/** Runs per family in document order; a run restarts at ordinal 1 (at a repeated 一、 only once it has two items). */
function splitRuns(candidates: readonly MarkerCandidate[]): MarkerCandidate[][] {
  const open = new Map<string, MarkerCandidate[]>();
  const runs: MarkerCandidate[][] = [];
  for (const c of candidates) {
    const run = open.get(c.family.id);
    const restart = c.ordinal === 1 && run !== undefined && (c.family.rank === undefined || run.length >= 2);
    if (run && !restart) {
      run.push(c);
    } else {
      const fresh = [c];
      runs.push(fresh);
      open.set(c.family.id, fresh);
    }
  }
  return runs;
}

/** Most items (the last aside, whose extent is unknown) have text between their first sentence and the next item. */
function isElaborated(items: readonly Heading[], text: string): boolean {
  let elaborated = 0;
  for (let i = 0; i + 1 < items.length; i++) {
    if (countHan(text.slice(items[i]!.sentenceEnd, items[i + 1]!.start)) >= 2) elaborated++;
  }
  return elaborated * 2 >= items.length - 1;
}
