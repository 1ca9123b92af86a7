import { isCjk, nextVisible, previousVisible } from './cjk.js';

/** A half-width mark at `index` of the value and the full-width form it becomes. */
export interface MarkChange {
  readonly index: number;
  readonly fullWidth: string;
}

const [OPEN, FULL_OPEN, CLOSE, FULL_CLOSE] = [...'(（)）'].map((c) => c.charCodeAt(0));
const [DOUBLE, LEFT_DOUBLE, RIGHT_DOUBLE, SINGLE, LEFT_SINGLE, RIGHT_SINGLE] = [...'"“”\'‘’'].map((c) => c.charCodeAt(0));

/**
 * [start, end) of each line of a value that holds one of `marks`, in order: only those can change,
 * and most lines of a speech hold no half-width bracket or quote (found by indexOf, not by a scan
 * of every character of every line).
 */
function linesHolding(value: string, marks: readonly string[]): [number, number][] {
  const places: number[] = [];
  for (const mark of marks) for (let i = value.indexOf(mark); i >= 0; i = value.indexOf(mark, i + 1)) places.push(i);
  places.sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  let lineEnd = -1;
  for (const place of places) {
    if (place < lineEnd) continue; // on the line already taken
    const start = value.lastIndexOf('\n', place - 1) + 1;
    const newline = value.indexOf('\n', place);
    lineEnd = newline < 0 ? value.length : newline;
    ranges.push([start, lineEnd]);
  }
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
  for (const [start, end] of linesHolding(value, ['(', ')'])) {
    const open: { index: number; full: boolean }[] = [];
    for (let i = start; i < end; i++) {
      // Code units, not value[i]: indexing makes a one-character string per Han character.
      const c = value.charCodeAt(i);
      if ((c !== OPEN && c !== FULL_OPEN && c !== CLOSE && c !== FULL_CLOSE) || isProtected(i)) continue;
      if (c === OPEN || c === FULL_OPEN) {
        open.push({ index: i, full: c === FULL_OPEN });
        continue;
      }
      const closeFull = c === FULL_CLOSE;
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
  for (const [start, end] of linesHolding(value, ['"', "'"])) {
    if (!/\p{Script=Han}/u.test(value.slice(start, end))) continue;
    let doubleOpen = false;
    let singleOpen = false;
    for (let i = start; i < end; i++) {
      const c = value.charCodeAt(i);
      if (c === LEFT_DOUBLE || c === RIGHT_DOUBLE) doubleOpen = c === LEFT_DOUBLE;
      else if (c === LEFT_SINGLE || c === RIGHT_SINGLE) singleOpen = c === LEFT_SINGLE;
      else if (c === DOUBLE && !isProtected(i)) {
        changes.push({ index: i, fullWidth: doubleOpen ? '”' : '“' });
        doubleOpen = !doubleOpen;
      } else if (c === SINGLE && !isProtected(i)) {
        const apostrophe = /[A-Za-z0-9]/.test(value[i - 1] ?? '') && /[A-Za-z0-9]/.test(value[i + 1] ?? '');
        if (apostrophe || !(singleOpen || hasCjkNeighbour(value, i))) continue;
        changes.push({ index: i, fullWidth: singleOpen ? '’' : '‘' });
        singleOpen = !singleOpen;
      }
    }
  }
  return changes;
}
