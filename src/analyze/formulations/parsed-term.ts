/** A numbered term as read: its text, its form, its parts and the number it declares. */
import type { TermPart } from './types.js';

export type TermForm = 'simple' | 'compound' | 'composite' | 'formula' | 'code';

export interface ParsedTerm {
  readonly text: string;
  readonly form: TermForm;
  readonly parts: readonly TermPart[];
  /** Sum of the parts; null when one is open (N). */
  readonly n: number | null;
  /** A modifier quoted before the numeral, part of the name: 新 of “新三样”, 天府森林 of “天府森林四库”. */
  readonly lead?: string;
}

/** The sum of the parts' values; null when one is open (N). */
export const sumOfParts = (parts: readonly TermPart[]): number | null =>
  parts.some((p) => p.value === null) ? null : parts.reduce((s, p) => s + (p.value ?? 0), 0);

export const partText = (p: TermPart): string => p.numeral + p.classifier + p.head;

export function fromParts(text: string, parts: readonly TermPart[]): ParsedTerm {
  return { text, form: parts.length > 1 ? 'compound' : 'simple', parts, n: sumOfParts(parts) };
}

/** Names each part of a compound or composite: 两在两同 → [两在, 两同]. */
export function termParts(term: ParsedTerm): string[] {
  if (term.form === 'composite') return term.text.split('、');
  if (term.form === 'formula' || term.form === 'code' || term.lead) return [term.text];
  return term.parts.map(partText);
}
