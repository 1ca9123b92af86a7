import { endianness } from 'node:os';

/**
 * One table of OpenCC rules (from → to), applied as OpenCC's Trie.convert applies it: at each
 * position the longest rule that starts there is replaced, else one character is kept. Most rules
 * map one character to one (國 → 国): those sit in an array indexed by the character; the others
 * (phrases, characters outside the BMP) in a Map of whole rules, looked up only at a character
 * that starts one. OpenCC walks a Map per character of every line instead.
 */
export interface Converted {
  readonly value: string;
  /** False when a rule of another length applied (then lines may no longer keep their lengths). */
  readonly lengthKept: boolean;
}

export class RuleTable {
  /** One UTF-16 unit → another; 0 where no such rule. */
  private readonly single = new Uint16Array(0x10000);
  private readonly rules = new Map<string, string>();
  /** Per first UTF-16 unit, the length of the longest key in `rules` starting with it (0: none). */
  private readonly longest = new Uint16Array(0x10000);
  /**
   * Per first two units (first << 16 | second), the length of the longest key starting with them:
   * a character that starts some phrase (一, 不) is followed by one that continues none nearly always.
   */
  private readonly longestByPair = new Map<number, number>();
  /**
   * The UTF-16 units some rule may change (repeats possible): where a rule's text and replacement
   * differ, and every unit of a rule of another length. A line holding none converts to itself
   * (rules never span a line break), whatever rules apply to it.
   */
  readonly changingUnits: number[] = [];

  /** A later rule for the same text replaces the earlier one, as in OpenCC's trie. */
  add(from: string, to: string): void {
    // Lines are converted one by one, so a rule spanning a line break never applies.
    if (from.length === 0 || from.includes('\n')) return;
    this.markChanging(from, to);
    const first = from.charCodeAt(0);
    if (from.length === 1) {
      this.single[first] = 0;
      this.rules.delete(from);
      // A character that maps to itself converts as if it had no rule (a longer rule still wins).
      if (from === to) return;
    }
    if (from.length === 1 && to.length === 1) this.single[first] = to.charCodeAt(0);
    else {
      this.rules.set(from, to);
      this.longest[first] = Math.max(this.longest[first]!, from.length);
      if (from.length > 1) {
        const pair = pairOf(first, from.charCodeAt(1));
        this.longestByPair.set(pair, Math.max(this.longestByPair.get(pair) ?? 0, from.length));
      }
    }
  }

  private markChanging(from: string, to: string): void {
    for (let k = 0; k < from.length; k++) {
      if (from.length === to.length && from.charCodeAt(k) === to.charCodeAt(k)) continue;
      this.changingUnits.push(from.charCodeAt(k));
    }
  }

  /** Whether some rule starts at a character of `text` (else convert returns `text` itself). */
  touches(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.single[c] !== 0 || this.longest[c] !== 0) return true;
    }
    return false;
  }

  convert(text: string): Converted {
    const patched = this.patch(text);
    return patched === undefined ? { value: this.rebuild(text), lengthKept: false } : { value: patched, lengthKept: true };
  }

  /**
   * The conversion when every rule that applies keeps the length (nearly always): nothing is
   * allocated until the first change; from there every unit is written to an array that becomes
   * the string in one native copy. Undefined as soon as a rule of another length applies.
   */
  private patch(text: string): string | undefined {
    const { single, longest } = this;
    let units: Uint16Array | undefined;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const length = longest[c] === 0 ? 0 : this.ruleAt(text, i, longest[c]!);
      if (length === 0 && single[c] === 0) {
        if (units) units[i] = c;
        i++;
        continue;
      }
      units ??= unitsBefore(text, i);
      if (length === 0) {
        units[i++] = single[c]!;
        continue;
      }
      const value = this.matched;
      if (value.length !== length) return undefined;
      for (let k = 0; k < length; k++) units[i + k] = value.charCodeAt(k);
      i += length;
    }
    return units ? stringOf(units) : text;
  }

  /** The conversion in general, written out unit by unit. */
  private rebuild(text: string): string {
    const out = new OutputBuffer(text.length);
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const length = this.longest[c] === 0 ? 0 : this.ruleAt(text, i, this.longest[c]!);
      if (length > 0) {
        out.pushString(this.matched);
        i += length;
        continue;
      }
      // No rule: one code unit on. A low surrogate starts no rule, so a pair is kept whole as OpenCC keeps it.
      const to = this.single[c]!;
      out.push(to === 0 ? c : to);
      i++;
    }
    return out.toString();
  }

  /** Replacement of the rule ruleAt found last (kept in a field: no object per rule found). */
  private matched = '';

  /** Length of the longest rule in `rules` that `text` holds at `at` (its replacement in `matched`); 0 if none. */
  private ruleAt(text: string, at: number, longest: number): number {
    const byPair = longest > 1 && at + 1 < text.length ? (this.longestByPair.get(pairOf(text.charCodeAt(at), text.charCodeAt(at + 1))) ?? 1) : 1;
    for (let length = Math.min(longest, byPair, text.length - at); length > 0; length--) {
      const value = this.rules.get(text.substr(at, length));
      if (value !== undefined) {
        this.matched = value;
        return length;
      }
    }
    return 0;
  }
}

/** Both units in one small integer (a Map key that needs no boxed number). */
function pairOf(first: number, second: number): number {
  return (first << 16) | second;
}

/** An array for the units of `text`, holding those before `end`. */
function unitsBefore(text: string, end: number): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < end; i++) units[i] = text.charCodeAt(i);
  return units;
}

const BIG_ENDIAN = endianness() === 'BE';

/** The units as a string, by one native copy ('utf16le' names the byte order, whatever the machine's). */
function stringOf(units: Uint16Array): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  if (BIG_ENDIAN) bytes.swap16();
  return bytes.toString('utf16le');
}

/** UTF-16 units written one by one, made into a string at the end (no string per character). */
class OutputBuffer {
  private units: Uint16Array;
  private size = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(capacity, 16));
  }

  push(unit: number): void {
    if (this.size === this.units.length) this.grow();
    this.units[this.size++] = unit;
  }

  pushString(text: string): void {
    for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i));
  }

  toString(): string {
    const CHUNK = 8192; // fromCharCode takes its units as arguments: bounded by the stack
    let result = '';
    for (let at = 0; at < this.size; at += CHUNK) {
      // apply, not spread: spreading a typed array runs its iterator, five times slower.
      const units = this.units.subarray(at, Math.min(at + CHUNK, this.size)) as unknown as number[];
      result += String.fromCharCode.apply(null, units);
    }
    return result;
  }

  private grow(): void {
    const bigger = new Uint16Array(this.units.length * 2);
    bigger.set(this.units);
    this.units = bigger;
  }
}
