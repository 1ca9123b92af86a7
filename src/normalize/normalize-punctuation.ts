import type { Diagnostic } from '../model.js';
import type { Edit, MappedText } from '../text/mapped-text.js';
import { isCjk, nextVisible, previousVisible } from './cjk.js';
import { halfWidthFix } from './half-width-diagnostic.js';
import { pairBrackets, pairQuotes } from './pair-marks.js';
import { protectedAscii } from './protected-ascii.js';

/** Marks that become full-width when a neighbour (spaces skipped) is Chinese. */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

/** Between two digits these are a thousands separator or a time (1,000 09:36:19): kept. */
const NUMERIC_SEPARATORS = new Set([',', ':']);

/** A numbered heading such as 一. or 1. before a dot: the dot is the marker's, not a full stop. */
const HEADING_NUMBER = /^[^\S\n]*(?:[一二三四五六七八九十百]+|\d+)$/;
/** Longest line head looked at for a heading number (indentation included). */
const HEADING_NUMBER_LENGTH = 8;

/** The line's text before `index` when the line starts at most HEADING_NUMBER_LENGTH before it (bounded: lines may be huge). */
function lineHead(value: string, index: number): string | undefined {
  const from = Math.max(0, index - HEADING_NUMBER_LENGTH);
  const window = value.slice(from, index);
  const newline = window.lastIndexOf('\n');
  if (newline >= 0) return window.slice(newline + 1);
  return from === 0 ? window : undefined;
}

/**
 * A dot ending a Chinese sentence: after Han (or a closing quote after Han), before a line end or
 * Chinese. Tried only where a dot is (sticky): led by a lookbehind, a global search would try it at
 * every position of the text.
 */
const SENTENCE_DOT = /(?<=\p{Script=Han}[”’）"')]?)\.(?=[^\S\n]*(?:\n|$)|[\p{Script=Han}“‘”’）])/uy;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Half-width punctuation in Chinese text becomes full-width: , : ; ? ! by their neighbours,
 * brackets and quotes as pairs (pair-marks.ts), and a dot ending a Chinese sentence (after Han or
 * a closing quote, before a line end or Chinese) becomes 。. ASCII stays where it belongs: numbers
 * and times, web and e-mail addresses, Latin words, formulas (1+10+N), heading numbers (1. 一.).
 * Each change is a diagnostic.
 */
export function normalizePunctuation(text: MappedText): { text: MappedText; diagnostics: readonly Diagnostic[] } {
  const value = text.value;
  const isProtected = protectedAscii(value);
  const changes: { index: number; fullWidth: string }[] = [];
  // Each mark found by indexOf (no match object per mark); the changes are sorted below.
  for (const [mark, fullWidth] of Object.entries(FULL_WIDTH)) {
    for (let index = value.indexOf(mark); index >= 0; index = value.indexOf(mark, index + 1)) {
      if (isProtected(index)) continue;
      const before = previousVisible(value, index);
      const after = nextVisible(value, index);
      if (NUMERIC_SEPARATORS.has(mark) && isDigit(before) && isDigit(after)) continue;
      if (isCjk(before) || isCjk(after)) changes.push({ index, fullWidth });
    }
  }
  for (let index = value.indexOf('.'); index >= 0; index = value.indexOf('.', index + 1)) {
    SENTENCE_DOT.lastIndex = index;
    if (!SENTENCE_DOT.test(value)) continue;
    const head = lineHead(value, index);
    if (!isProtected(index) && !(head !== undefined && HEADING_NUMBER.test(head))) changes.push({ index, fullWidth: '。' });
  }
  changes.push(...pairBrackets(value, isProtected), ...pairQuotes(value, isProtected));
  const edits: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { index, fullWidth } of changes.sort((a, b) => a.index - b.index)) {
    const { edit, diagnostic } = halfWidthFix(text, index, fullWidth);
    edits.push(edit);
    diagnostics.push(diagnostic);
  }
  return { text: text.applyEdits(edits), diagnostics };
}
