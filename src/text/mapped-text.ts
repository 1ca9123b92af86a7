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

export class MappedText {
  /**
   * starts[i] / ends[i]: the original range that produced value[i]; both undefined for the identity
   * (value[i] came from original[i]), which most texts stay until their first edit: no two arrays of
   * the file's length are filled only to be copied.
   */
  private constructor(
    readonly value: string,
    private readonly starts: Int32Array | undefined,
    private readonly ends: Int32Array | undefined,
    /** Length of the original text, so empty ranges at the end map somewhere. */
    readonly originalLength: number,
  ) {}

  /** The identity mapping: value equals the original. */
  static identity(original: string): MappedText {
    return new MappedText(original, undefined, undefined, original.length);
  }

  private startOf(i: number): number {
    if (this.starts) return this.starts[i]!;
    return this.holds(i) ? i : (undefined as unknown as number);
  }

  private endOf(i: number): number {
    if (this.ends) return this.ends[i]!;
    return this.holds(i) ? i + 1 : (undefined as unknown as number);
  }

  /** Whether a mapping array would hold index `i`: outside it, a read gives undefined, and so must the identity. */
  private holds(i: number): boolean {
    return Number.isInteger(i) && i >= 0 && i < this.value.length;
  }

  /**
   * Text assembled from pieces of an original (e.g. text nodes of an HTML page): each piece is either
   * copied from `original` at `from`, or inserted (`from` undefined) and mapped to the next copied offset.
   */
  static fromPieces(pieces: readonly { text: string; from?: number }[], originalLength: number): MappedText {
    const value = pieces.map((p) => p.text).join('');
    const starts = new Int32Array(value.length);
    const ends = new Int32Array(value.length);
    let k = 0;
    let cursor = 0;
    for (const p of pieces) {
      for (let i = 0; i < p.text.length; i++, k++) {
        if (p.from === undefined) {
          starts[k] = cursor;
          ends[k] = cursor;
        } else {
          starts[k] = p.from + i;
          ends[k] = p.from + i + 1;
        }
      }
      if (p.from !== undefined) cursor = p.from + p.text.length;
    }
    return new MappedText(value, starts, ends, originalLength);
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
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let size = this.value.length;
    for (const e of sorted) size += e.text.length - (e.end - e.start);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const parts: string[] = [];
    let k = 0;
    let pos = 0;
    const copy = (to: number): void => {
      parts.push(this.value.slice(pos, to));
      if (this.starts && this.ends) {
        starts.set(this.starts.subarray(pos, to), k);
        ends.set(this.ends.subarray(pos, to), k);
      } else {
        for (let i = pos; i < to; i++) {
          starts[k + i - pos] = i;
          ends[k + i - pos] = i + 1;
        }
      }
      k += to - pos;
      pos = to;
    };
    for (const e of sorted) {
      if (e.start < pos) throw new RangeError(`overlapping edits at ${e.start}`);
      copy(e.start);
      const origin = this.toOriginal({ start: e.start, end: e.end });
      for (let i = 0; i < e.text.length; i++, k++) {
        starts[k] = origin.start;
        ends[k] = origin.end;
      }
      parts.push(e.text);
      pos = e.end;
    }
    copy(this.value.length);
    return new MappedText(parts.join(''), starts, ends, this.originalLength);
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
    return new MappedText(value, this.starts, this.ends, this.originalLength);
  }

  /** The original range that a range of the value came from. */
  toOriginal(range: Range): Range {
    const { start, end } = range;
    if (start >= end) {
      const at = start < this.value.length ? this.startOf(start) : this.endOfOriginal(start);
      return { start: at, end: at };
    }
    return { start: this.startOf(start), end: Math.max(this.startOf(start), this.endOf(end - 1)) };
  }

  /** Original offset of value index `i` (the end of the original for i === length). */
  originalOffset(i: number): number {
    return i < this.value.length ? this.startOf(i) : this.endOfOriginal(i);
  }

  private endOfOriginal(i: number): number {
    return i > 0 && this.value.length > 0 ? this.endOf(Math.min(i, this.value.length) - 1) : this.originalLength;
  }
}
