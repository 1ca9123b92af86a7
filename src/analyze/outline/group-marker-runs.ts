import { countHan } from '../../text/han.js';
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
 * 2. the others (but a lone marker after a comma) form runs per family, a new run starting when the numbering starts again at 1;
 * 3. a run is headings when most of its items have text of their own after their first sentence,
 *    before the next item (the annotators' “heads its own elaboration”), or when the file marks every
 *    item as a heading (`markedParagraphs`: a Markdown draft's outline, nothing written under it yet);
 *    otherwise an enumeration.
 * Runs of one item, and 首先 without 其次, are dropped: they are running text. A run of a family
 * that floats (一是, 首先, ——…) ends where a main part (一、, 第一部分, a heading line: `partStarts`) begins.
 */
export function groupMarkerRuns(
  candidates: readonly MarkerCandidate[],
  text: string,
  partStarts: readonly number[] = [],
  markedParagraphs: ReadonlySet<number> = new Set(),
): MarkerRuns {
  let nextId = 0;
  const headings: HeadingRun[] = [];
  const enumerations: HeadingRun[] = [];
  const inline = new Set<MarkerCandidate>();
  const bySentence = new Map<string, MarkerCandidate[]>();
  for (const c of candidates) {
    const key = `${c.sentenceStart}:${c.family.id}`;
    const same = bySentence.get(key);
    if (same) same.push(c);
    else bySentence.set(key, [c]);
  }
  for (const items of bySentence.values()) {
    if (items.length < 2) continue;
    items.forEach((c) => inline.add(c));
    enumerations.push({ id: nextId++, family: items[0]!.family, items });
  }
  const isRun = (items: readonly MarkerCandidate[]): boolean =>
    items.length >= 2 && (!items[0]!.family.needsSecond || items.some((c) => c.ordinal === 2));
  const elaborated: MarkerCandidate[][] = [];
  const standalone = candidates.filter((c) => !inline.has(c) && c.position !== 'comma');
  for (const items of splitRuns(standalone).map(numberUnordered).filter(isRun)) {
    if (isElaborated(items, text) || items.every((c) => markedParagraphs.has(c.paragraphIndex))) elaborated.push(items);
    else enumerations.push({ id: nextId++, family: items[0]!.family, items });
  }
  const parts = [...partStarts, ...elaborated.filter((items) => items[0]!.family.opensPart).flat().map((c) => c.start)].sort(
    (a, b) => a - b,
  );
  for (const items of elaborated.flatMap((run) => (run[0]!.family.opensPart ? [run] : splitAt(run, parts)))) {
    if (isRun(items)) headings.push({ id: nextId++, family: items[0]!.family, items });
  }
  return { headings, enumerations };
}

/**
 * Cuts a run where a main part (一、) begins between two of its items: 首先 in 一、 and 最后 in 三、 are not one run.
 * `parts` is sorted, so the part after an item is found by bisection (long files have thousands of both).
 */
function splitAt(run: readonly MarkerCandidate[], parts: readonly number[]): MarkerCandidate[][] {
  const pieces: MarkerCandidate[][] = [[run[0]!]];
  for (let i = 1; i < run.length; i++) {
    const cut = (parts[firstAfter(parts, run[i - 1]!.start)] ?? Infinity) < run[i]!.start;
    if (cut) pieces.push([run[i]!]);
    else pieces.at(-1)!.push(run[i]!);
  }
  return pieces;
}

/** Index of the first of the sorted `values` greater than `at` (values.length when none is). */
function firstAfter(values: readonly number[], at: number): number {
  let lo = 0;
  for (let hi = values.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs per family in document order; a run restarts at ordinal 1 (at a repeated 一、 only once it has two items). */
function splitRuns(candidates: readonly MarkerCandidate[]): MarkerCandidate[][] {
  const open = new Map<string, MarkerCandidate[]>();
  const runs: MarkerCandidate[][] = [];
  for (const c of candidates) {
    const run = open.get(c.family.id);
    const restart = !c.family.unordered && c.ordinal === 1 && run !== undefined && (c.family.rank === undefined || run.length >= 2);
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

/** Items of a family without numbers (——) are numbered by their place in the run. */
const numberUnordered = (run: MarkerCandidate[]): MarkerCandidate[] =>
  run[0]!.family.unordered ? run.map((c, i) => ({ ...c, ordinal: i + 1 })) : run;

/** Most items (the last aside, whose extent is unknown) have text between their first sentence and the next item. */
function isElaborated(items: readonly Heading[], text: string): boolean {
  let elaborated = 0;
  for (let i = 0; i + 1 < items.length; i++) {
    if (hasHan(text, items[i]!.sentenceEnd, items[i + 1]!.start, 2)) elaborated++;
  }
  return elaborated * 2 >= items.length - 1;
}

const HAN_CHUNK = 32;

/**
 * Whether text[start, end) holds at least `wanted` Han characters. Counted a chunk at a time and
 * stopped once enough are found: between two items of a main part lies the whole section.
 */
function hasHan(text: string, start: number, end: number, wanted: number): boolean {
  let found = 0;
  for (let from = start; from < end && found < wanted; ) {
    let to = Math.min(end, from + HAN_CHUNK);
    // Never cut a surrogate pair (a Han character beyond the BMP) between two chunks.
    if (to < end && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) to++;
    found += countHan(text.slice(from, to));
    from = to;
  }
  return found >= wanted;
}
