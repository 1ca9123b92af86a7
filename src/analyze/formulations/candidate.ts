/** A numbered term found in a paragraph, and what it was taken for. */
import { partText, type ParsedTerm } from './parsed-term.js';
import type { FindingEvidence, NumberedTermKind } from './types.js';

export interface Candidate {
  readonly paragraph: number;
  /** Offsets in the paragraph's value. */
  readonly start: number;
  readonly end: number;
  readonly term: ParsedTerm;
  readonly quoted: 'whole' | 'prefix' | 'none';
  readonly kind: NumberedTermKind;
  readonly reason?: string;
  readonly evidence: readonly FindingEvidence[];
}

/** A candidate before it is placed in its paragraph. */
export type Site = Omit<Candidate, 'paragraph'>;

/** A term named by its text alone (dates, idioms, quantities). */
export const plain = (text: string, n: number | null = null): ParsedTerm => ({ text, form: 'simple', parts: [], n });

/** An unquoted simple term cut to a given head (双五星创评 → 双五星, 三位一体的 → 三位一体). */
export function shortened(term: ParsedTerm, head: string): ParsedTerm {
  const part = { ...term.parts[0]!, head };
  return { text: partText(part), form: 'simple', parts: [part], n: term.n };
}
