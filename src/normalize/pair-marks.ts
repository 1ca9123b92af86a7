import { isCjk, nextVisible, previousVisible } from './cjk.js';

/** A half-width mark at `index` of the value and the full-width form it becomes. */
export interface MarkChange {
  readonly index: number;
  readonly fullWidth: string;
}

/** [start, end) of each line of a value. */
function lineRanges(value: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const m of value.matchAll(/\n/g)) {
    ranges.push([start, m.index]);
    start = m.index + 1;
  }
  ranges.push([start, value.length]);
  return ranges;
}

const hasCjkNeighbour = (value: string, index: number): boolean =>
  isCjk(previousVisible(value, index)) || isCjk(nextVisible(value, index));

/**
 * Brackets, matched within a line: a pair becomes （） when it encloses or touches Chinese text
 * (村(社区) → 村（社区）), or when its other half is already full-width; an unmatched one by its neighbours.
 */
export function pairBrackets(value: string, isProtected: (index: number) => boolean): MarkChange[] {
  const changes: MarkChange[] = [];
  for (const [start, end] of lineRanges(value)) {
    const open: { index: number; full: boolean }[] = [];
    for (let i = start; i < end; i++) {
      const c = value[i]!;
      if ((c !== '(' && c !== '（' && c !== ')' && c !== '）') || isProtected(i)) continue;
      if (c === '(' || c === '（') {
        open.push({ index: i, full: c === '（' });
        continue;
      }
      const closeFull = c === '）';
      const opener = open.pop();
      if (!opener) {
        if (!closeFull && hasCjkNeighbour(value, i)) changes.push({ index: i, fullWidth: '）' });
        continue;
      }
      const chinese = opener.full || closeFull || /\p{Script=Han}/u.test(value.slice(opener.index + 1, i)) ||
        isCjk(previousVisible(value, opener.index)) || isCjk(nextVisible(value, i));
      if (!chinese) continue;
      if (!opener.full) changes.push({ index: opener.index, fullWidth: '（' });
      if (!closeFull) changes.push({ index: i, fullWidth: '）' });
    }
    for (const left of open) if (!left.full && hasCjkNeighbour(value, left.index)) changes.push({ index: left.index, fullWidth: '（' });
  }
  return changes;
}

/**
 * Straight quotes in a line with Chinese text become curly ones, opening and closing in turn
 * (“ and ” already there count in the turn). A single quote between two Latin letters or digits is
 * an apostrophe and stays; other single quotes change only beside Chinese text or to close a pair.
 */
export function pairQuotes(value: string, isProtected: (index: number) => boolean): MarkChange[] {
  const changes: MarkChange[] = [];
  for (const [start, end] of lineRanges(value)) {
    if (!/\p{Script=Han}/u.test(value.slice(start, end))) continue;
    let doubleOpen = false;
    let singleOpen = false;
    for (let i = start; i < end; i++) {
      const c = value[i]!;
      if (c === '“' || c === '”') doubleOpen = c === '“';
      else if (c === '‘' || c === '’') singleOpen = c === '‘';
      else if (c === '"' && !isProtected(i)) {
        changes.push({ index: i, fullWidth: doubleOpen ? '”' : '“' });
        doubleOpen = !doubleOpen;
      } else if (c === "'" && !isProtected(i)) {
        const apostrophe = /[A-Za-z0-9]/.test(value[i - 1] ?? '') && /[A-Za-z0-9]/.test(value[i + 1] ?? '');
        if (apostrophe || !(singleOpen || hasCjkNeighbour(value, i))) continue;
        changes.push({ index: i, fullWidth: singleOpen ? '’' : '‘' });
        singleOpen = !singleOpen;
      }
    }
  }
  return changes;
}
