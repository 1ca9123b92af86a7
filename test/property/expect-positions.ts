/** The position invariant of every result: spans inside the user's text, raw exactly its slice. */
import { expect } from 'vitest';
import { collectSpans } from '../helpers/spans.js';

/** Fails with the offending node's path when a span is outside `original` or its raw is not the slice. */
export function expectSpansMapBack(result: unknown, original: string): void {
  for (const node of collectSpans(result)) {
    const { start, end } = node.span;
    const inside = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= original.length;
    expect(inside, `${node.path} span [${start}, ${end}) outside 0..${original.length}`).toBe(true);
    if (node.raw !== undefined) expect(node.raw, node.path).toBe(original.slice(start, end));
  }
}
