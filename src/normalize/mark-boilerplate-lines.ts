import { BLOCK_SIGNATURES, LINE_SIGNATURES, MAX_FURNITURE_LINE, type LineSignature } from './boilerplate-signatures.js';
import { isSpeechLine } from './is-speech-line.js';
import type { Line } from './split-lines.js';

/** Why a line is removed: the id and reason of the signature or rule that matched it. */
export interface LineMark {
  readonly ruleId: string;
  readonly reason: string;
}

/** The line signature of the given scope that matches a line, if any. */
export function matchLineSignature(line: Line, scope: LineSignature['scope']): LineMark | undefined {
  if (line.text === '' || line.text.length > MAX_FURNITURE_LINE) return undefined;
  const signature = LINE_SIGNATURES.find((s) => s.scope === scope && s.pattern.test(line.text));
  return signature && { ruleId: signature.id, reason: signature.reason };
}

/**
 * Whether line `i` is an item of a block: it matches the item pattern, and unless it is running
 * text itself, the next line is not the speech (a short line right above the speech is its title).
 */
function isBlockItem(lines: readonly Line[], i: number, item: RegExp): boolean {
  const line = lines[i]!;
  if (line.text.length > MAX_FURNITURE_LINE || !item.test(line.text)) return false;
  if (isSpeechLine(line.text)) return true;
  let n = i + 1;
  while (n < lines.length && lines[n]!.text === '') n++;
  const next = lines[n];
  return next === undefined || !isSpeechLine(next.text) || matchLineSignature(next, 'anywhere') !== undefined;
}

/**
 * Marks the lines that are furniture wherever they stand: lines matching an 'anywhere' signature,
 * then blocks (a header line and the run of items after it). Returns one entry per line.
 */
export function markBoilerplateLines(lines: readonly Line[]): (LineMark | undefined)[] {
  const marks = lines.map((line) => matchLineSignature(line, 'anywhere'));
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    if (header.text.length > MAX_FURNITURE_LINE) continue;
    const block = BLOCK_SIGNATURES.find((b) => b.header.test(header.text));
    if (!block) continue;
    const mark: LineMark = { ruleId: block.id, reason: block.reason };
    marks[i] ??= mark;
    let items = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.text === '') {
        if (items > 0) break;
        continue;
      }
      if (marks[j] === undefined && !isBlockItem(lines, j, block.item)) break;
      marks[j] ??= mark;
      items++;
    }
    i = j - 1;
  }
  return marks;
}
