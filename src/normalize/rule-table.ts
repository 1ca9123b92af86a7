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

  /** A later rule for the same text replaces the earlier one, as in OpenCC's trie. */
  add(from: string, to: string): void {
    // Lines are converted one by one, so a rule spanning a line break never applies.
    if (from.length === 0 || from.includes('\n')) return;
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
   * The conversion when every rule that applies keeps the length (nearly always): the text's own
   * UTF-16 bytes, copied natively at the first change, with the changed units written over them.
   * A text with a few traditional forms costs one scan and two native copies. Undefined as soon
   * as a rule of another length applies.
   */
  private patch(text: string): string | undefined {
    const { single, longest } = this;
    let bytes: Buffer | undefined;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const rule = longest[c] === 0 ? undefined : this.ruleAt(text, i, longest[c]!);
      if (rule && rule.value.length !== rule.length) return undefined;
      const length = rule ? rule.length : 1;
      const unchanged = !rule && single[c] === 0;
      if (!unchanged) {
        bytes ??= Buffer.from(text, 'utf16le'); // little-endian by name, whatever the machine
        for (let k = 0; k < length; k++) {
          const unit = rule ? rule.value.charCodeAt(k) : single[c]!;
          bytes[2 * (i + k)] = unit & 0xff;
          bytes[2 * (i + k) + 1] = unit >> 8;
        }
      }
      i += length;
    }
    return bytes ? bytes.toString('utf16le') : text;
  }

  /** The conversion in general, written out unit by unit. */
  private rebuild(text: string): string {
    const out = new OutputBuffer(text.length);
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const rule = this.longest[c] === 0 ? undefined : this.ruleAt(text, i, this.longest[c]!);
      if (rule) {
        out.pushString(rule.value);
        i += rule.length;
        continue;
      }
      // No rule: one code unit on. A low surrogate starts no rule, so a pair is kept whole as OpenCC keeps it.
      const to = this.single[c]!;
      out.push(to === 0 ? c : to);
      i++;
    }
    return out.toString();
  }

  /** The longest rule in `rules` that `text` holds at `at`. */
  private ruleAt(text: string, at: number, longest: number): { value: string; length: number } | undefined {
    const byPair = longest > 1 && at + 1 < text.length ? (this.longestByPair.get(pairOf(text.charCodeAt(at), text.charCodeAt(at + 1))) ?? 1) : 1;
    for (let length = Math.min(longest, byPair, text.length - at); length > 0; length--) {
      const value = this.rules.get(text.substr(at, length));
      if (value !== undefined) return { value, length };
    }
    return undefined;
  }
}

function pairOf(first: number, second: number): number {
  return first * 0x10000 + second;
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
