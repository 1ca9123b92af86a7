/**
 * Text that remembers where each of its characters came from.
 *
 * Every stage that changes text (decoding line ends, stripping boilerplate, 繁→简, punctuation,
 * word repair) works on a MappedText, so any range of the final value maps back to a range of the
 * original file text. Convention: offsets are UTF-16 code-unit indices, ranges are half-open [start, end).
 */
export interface Edit {
  /** Range in the current value to replace. */
  readonly start: number;
  readonly end: number;
  /** Replacement text ('' deletes). */
  readonly text: string;
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

const byPlace = (a: Edit, b: Edit): number => a.start - b.start || a.end - b.end;

/** Whether edits come sorted already (as every pass makes them): then they are not copied to be sorted. */
function inOrder(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (byPlace(edits[i - 1]!, edits[i]!) > 0) return false;
  return true;
}

/** Runs walked forward from the last one found before a lookup searches them all. */
const NEAR_RUNS = 8;

/** runEnd of a copied run: its units map one to one onto the original from runStart on. */
const COPIED = -1;

export class MappedText {
  /**
   * The mapping as runs of the value: run r covers the value from runAt[r] to the next run's start.
   * A copied run (runEnd[r] === COPIED) came from the original one unit for one from runStart[r]
   * on; every unit of any other run came from the original range [runStart[r], runEnd[r]) (a
   * replacement, or an insertion when the range is empty). Runs cost memory per edit, not per
   * character: no arrays of the file's length are filled and copied at each pass.
   */
  private constructor(
    readonly value: string,
    private readonly runAt: readonly number[],
    private readonly runStart: readonly number[],
    private readonly runEnd: readonly number[],
    /** Length of the original text, so empty ranges at the end map somewhere. */
    readonly originalLength: number,
  ) {}

  /** The identity mapping: value equals the original. */
  static identity(original: string): MappedText {
    return original.length === 0 ? new MappedText(original, [], [], [], 0) : new MappedText(original, [0], [0], [COPIED], original.length);
  }

  /** The run found last: lookups mostly go forward through the text, a few runs at a time (a sentence, then the next). */
  private lastRun = 0;

  /** The run holding value index `i` (0 <= i < length): the last one starting at or before it. */
  private runOf(i: number): number {
    const { runAt } = this;
    let near = this.lastRun;
    if (runAt[near]! <= i) {
      for (let step = 0; step < NEAR_RUNS; step++, near++) {
        if (near + 1 === runAt.length || i < runAt[near + 1]!) {
          this.lastRun = near;
          return near;
        }
      }
    }
    let lo = 0;
    let hi = runAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runAt[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    this.lastRun = lo;
    return lo;
  }

  /** Original start of value[i]; undefined outside the value, as a read past an array's end gives. */
  private startOf(i: number): number {
    if (!this.holds(i)) return undefined as unknown as number;
    const r = this.runOf(i);
    return this.runEnd[r] === COPIED ? this.runStart[r]! + i - this.runAt[r]! : this.runStart[r]!;
  }

  private endOf(i: number): number {
    if (!this.holds(i)) return undefined as unknown as number;
    const r = this.runOf(i);
    return this.runEnd[r] === COPIED ? this.runStart[r]! + i - this.runAt[r]! + 1 : this.runEnd[r]!;
  }

  /** Whether `i` indexes a unit of the value: outside it, a lookup gives undefined. */
  private holds(i: number): boolean {
    return Number.isInteger(i) && i >= 0 && i < this.value.length;
  }

  /**
   * Text assembled from pieces of an original (e.g. text nodes of an HTML page): each piece is either
   * copied from `original` at `from`, or inserted (`from` undefined) and mapped to the next copied offset.
   */
  static fromPieces(pieces: readonly { text: string; from?: number }[], originalLength: number): MappedText {
    const runs = new RunBuilder();
    let k = 0;
    let cursor = 0;
    for (const p of pieces) {
      if (p.text.length > 0) {
        if (p.from === undefined) runs.push(k, cursor, cursor);
        else runs.push(k, p.from, COPIED);
      }
      k += p.text.length;
      if (p.from !== undefined) cursor = p.from + p.text.length;
    }
    return new MappedText(pieces.map((p) => p.text).join(''), runs.at, runs.start, runs.end, originalLength);
  }

  get length(): number {
    return this.value.length;
  }

  /**
   * Applies non-overlapping edits (in any order) and returns the new text. A replacement's
   * characters all map to the whole original range of what they replace.
   */
  applyEdits(edits: readonly Edit[]): MappedText {
    if (edits.length === 0) return this;
    const sorted = inOrder(edits) ? edits : [...edits].sort(byPlace);
    const runs = new RunBuilder();
    const parts: string[] = [];
    let k = 0;
    let pos = 0;
    let r = 0;
    /** The runs of value[pos, to) moved to k on. */
    const copy = (to: number): void => {
      parts.push(this.value.slice(pos, to));
      const end = Math.min(to, this.value.length);
      for (let at = pos; at < end; ) {
        while (r + 1 < this.runAt.length && this.runAt[r + 1]! <= at) r++;
        const runEnd = r + 1 < this.runAt.length ? this.runAt[r + 1]! : this.value.length;
        const copied = this.runEnd[r] === COPIED;
        runs.push(k + at - pos, copied ? this.runStart[r]! + at - this.runAt[r]! : this.runStart[r]!, this.runEnd[r]!);
        at = Math.min(runEnd, end);
      }
      k += to - pos;
      pos = to;
    };
    for (const e of sorted) {
      if (e.start < pos) throw new RangeError(`overlapping edits at ${e.start}`);
      copy(e.start);
      if (e.text.length > 0) {
        const origin = this.toOriginal({ start: e.start, end: e.end });
        runs.push(k, origin.start, origin.end);
      }
      parts.push(e.text);
      k += e.text.length;
      pos = e.end;
    }
    copy(this.value.length);
    return new MappedText(parts.join(''), runs.at, runs.start, runs.end, this.originalLength);
  }

  /** Replaces every match of a global regex; `replace` returns the new text or null to keep the match. */
  replaceAll(pattern: RegExp, replace: (match: RegExpExecArray) => string | null): MappedText {
    if (!pattern.global) throw new TypeError('replaceAll needs a global RegExp');
    const edits: Edit[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.value); m; m = pattern.exec(this.value)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const text = replace(m);
      if (text !== null && text !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text });
    }
    return this.applyEdits(edits);
  }

  /**
   * Replaces the whole value with a same-length conversion (繁→简 is character for character);
   * the mapping is kept as it is.
   */
  withSameLengthValue(value: string): MappedText {
    if (value.length !== this.value.length) throw new RangeError('conversion changed the length');
    return new MappedText(value, this.runAt, this.runStart, this.runEnd, this.originalLength);
  }

  /** The original range that a range of the value came from. */
  toOriginal(range: Range): Range {
    const { start, end } = range;
    if (start >= end) {
      const at = start < this.value.length ? this.startOf(start) : this.endOfOriginal(start);
      return { start: at, end: at };
    }
    const from = this.startOf(start);
    return { start: from, end: Math.max(from, this.endOf(end - 1)) };
  }

  /** Original offset of value index `i` (the end of the original for i === length). */
  originalOffset(i: number): number {
    return i < this.value.length ? this.startOf(i) : this.endOfOriginal(i);
  }

  private endOfOriginal(i: number): number {
    return i > 0 && this.value.length > 0 ? this.endOf(Math.min(i, this.value.length) - 1) : this.originalLength;
  }
}

/** Runs as MappedText keeps them, appended in value order; a run that continues the last one joins it. */
class RunBuilder {
  readonly at: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];

  push(at: number, start: number, end: number): void {
    const last = this.at.length - 1;
    if (last >= 0) {
      const continues = end === COPIED ? this.end[last] === COPIED && this.start[last]! + at - this.at[last]! === start : this.end[last] === end && this.start[last] === start;
      if (continues) return;
    }
    this.at.push(at);
    this.start.push(start);
    this.end.push(end);
  }
}
