import type { Script } from '../model.js';
import { hanUnits } from '../text/han.js';
import type { MappedText } from '../text/mapped-text.js';
import { changeBits, convert, convertWithTables, DESCRIPTION, ruleTables } from './opencc-tables.js';
import { OPENCC_CHANGED_CHARACTERS, OPENCC_PHRASE_PREFIXES } from './opencc-changing-units.js';

/**
 * Traditional → simplified with OpenCC's character-and-phrase table 't' → 'cn'. Not 'twp': its
 * Taiwan phrase table rewrites official wording (建立健全 → 创建健全). The conversion keeps the
 * length, so positions are kept as they are; should a phrase ever change the length, the line is
 * converted character by character instead.
 */

/** Share of changed Han characters above which a text counts as traditional rather than mixed. */
const TRADITIONAL_SHARE = 0.05;

/**
 * Lines to convert that lie closer than this are converted as one piece: a traditional text is
 * then converted nearly whole, a simplified one with a few traditional forms line by line.
 */
const PIECE_GAP = 256;

const lineEnd = (text: string, at: number): number => {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
};

/**
 * The text converted, and how many of its units changed (the length is kept). The loops over units
 * are small functions of their own: a loop compiled while running (on a file's first lines) before
 * the code around it ever ran would be thrown away at its first traditional character.
 */
function toSimplified(text: string): { value: string; changed: number } {
  if (!mayChangeScript(text)) return { value: text, changed: 0 };
  const bits = changeBits();
  const parts: string[] = [];
  let copied = 0;
  let changed = 0;
  let at = flaggedFrom(text, 0, bits);
  while (at >= 0) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = lineEnd(text, at);
    let next = flaggedFrom(text, end, bits);
    for (; next >= 0 && next - end < PIECE_GAP; next = flaggedFrom(text, end, bits)) end = lineEnd(text, next);
    const converted = convertPiece(text.slice(start, end), bitsOf(text, at, end, bits));
    changed += unitsChanged(text, start, converted);
    parts.push(text.slice(copied, start), converted);
    copied = end;
    at = next;
  }
  if (changed === 0) return { value: text, changed };
  parts.push(text.slice(copied));
  return { value: parts.join(''), changed };
}

/** Per unit: 1 a character some rule changes, 2 the first unit of a phrase rule (see opencc-changing-units.ts). */
let shortcut: { readonly units: Uint8Array; readonly prefixes: ReadonlySet<string> } | undefined;

/**
 * Whether some rule of OpenCC can change `text`: it holds a character a one-unit rule changes, or the
 * first units of a phrase rule. Nearly every simplified speech holds none, converts to itself, and
 * never loads OpenCC or builds its tables.
 */
function mayChangeScript(text: string): boolean {
  if (!shortcut) {
    const units = new Uint8Array(0x10000);
    const prefixes = OPENCC_PHRASE_PREFIXES.split(' ');
    for (const prefix of prefixes) units[prefix.charCodeAt(0)] = 2;
    for (let i = 0; i < OPENCC_CHANGED_CHARACTERS.length; i++) units[OPENCC_CHANGED_CHARACTERS.charCodeAt(i)] = 1;
    shortcut = { units, prefixes: new Set(prefixes) };
  }
  const { units, prefixes } = shortcut;
  for (let i = 0; i < text.length; i++) {
    const kind = units[text.charCodeAt(i)];
    if (kind === 1) return true;
    if (kind === 2 && (prefixes.has(text.substr(i, 2)) || prefixes.has(text.substr(i, 3)))) return true;
  }
  return false;
}

/** The first index from `from` on whose unit has some bit, or -1. */
function flaggedFrom(text: string, from: number, bits: Uint8Array): number {
  for (let i = from; i < text.length; i++) if (bits[text.charCodeAt(i)] !== 0) return i;
  return -1;
}

/** The bits of the units of text[from, to), together. */
function bitsOf(text: string, from: number, to: number, bits: Uint8Array): number {
  let found = 0;
  for (let i = from; i < to; i++) found |= bits[text.charCodeAt(i)]!;
  return found;
}

/** How many units of `converted` differ from those of `text` from `offset` on. */
function unitsChanged(text: string, offset: number, converted: string): number {
  let changed = 0;
  for (let i = 0; i < converted.length; i++) if (converted.charCodeAt(i) !== text.charCodeAt(offset + i)) changed++;
  return changed;
}

/**
 * Some lines of a text, given the bits of unitBits found in them: at once when no rule of another
 * length applied (so every line kept its length); else line by line, as the definition goes: lines
 * without a rule convert to themselves, and a line whose length changed is converted character by character.
 */
function convertPiece(text: string, found: number): string {
  if ((found & DESCRIPTION) === 0) {
    const whole = convertWithTables(text, found);
    if (whole.lengthKept) return whole.value;
  }
  const all = ruleTables();
  return text
    .split('\n')
    .map((line) => (all.some((table) => table.touches(line)) ? toSimplifiedLine(line) : line))
    .join('\n');
}

function toSimplifiedLine(text: string): string {
  const converted = convert(text);
  if (converted.length === text.length) return converted;
  return Array.from(text, (char) => (char.length === 1 && convert(char).length === 1 ? convert(char) : char)).join('');
}

export function convertScript(text: MappedText): { text: MappedText; script: Script } {
  const { value: converted, changed } = toSimplified(text.value);
  if (changed === 0) return { text, script: 'simplified' };
  const han = hanUnits(text.value);
  // A simplified text may hold a few traditional forms (names, quotations); call it traditional when they are common.
  const script: Script = changed > han * TRADITIONAL_SHARE ? 'traditional' : 'mixed';
  return { text: text.withSameLengthValue(converted), script };
}
