/**
 * JSON of the formulations of one speech. The evaluation reads formulations[{term, n, members}];
 * members are the text's own (null when it does not spell them out); the rest (kind, strategy,
 * evidence, positions, the lexicon's standardMembers with their sources) is for users and tools. Positions are 1-based
 * line/column in the user's file.
 */
import type { Formulation, OtherNumberedTerm, TermOccurrence } from '../analyze/formulations/types.js';

const occurrence = (o: TermOccurrence): Record<string, unknown> => ({ line: o.line, column: o.column, span: o.span, raw: o.raw, quoted: o.quoted });

export function formulationToJson(f: Formulation): Record<string, unknown> {
  return {
    term: f.term,
    n: f.n,
    members: f.members,
    kind: f.kind,
    strategy: f.strategy,
    parts: f.parts,
    evidence: f.evidence,
    count: f.occurrences.length,
    occurrences: f.occurrences.map(occurrence),
    memberPlaces: f.memberPlaces.map((m) => ({ text: m.text, line: m.line, column: m.column, span: m.span })),
    standardMembers: f.standardMembers,
  };
}

export function numberedTermToJson(t: OtherNumberedTerm): Record<string, unknown> {
  return { term: t.term, n: t.n, kind: t.kind, reason: t.reason, occurrences: t.occurrences.map(occurrence) };
}
