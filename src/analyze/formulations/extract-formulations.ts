/**
 * Numbered formulations of a speech, in four steps: find every numbered term and classify it →
 * decide which are formulations and collect their uses → resolve their members → report the rest
 * (quantities, periods, ordinals, dates, idioms …) and the diagnostics.
 */
import type { Speech } from '../../model.js';
import type { OutlineItem } from '../types.js';
import type { Candidate } from './candidate.js';
import { findCandidates } from './find-candidates.js';
import { findTerms, type FoundTerm } from './find-terms.js';
import { formulationDiagnostics } from './formulation-diagnostics.js';
import { lexiconMembers } from './lexicon.js';
import { resolveMembers } from './members/resolve-members.js';
import { termParts } from './parsed-term.js';
import { speechText, type SpeechText } from './speech-text.js';
import type { Formulation, FormulationAnalysis, OtherNumberedTerm } from './types.js';

export interface FormulationOptions {
  /** The speech's outline, when analyzed: its sections can be a formulation's members. */
  readonly outline?: readonly OutlineItem[];
}

function toFormulation(found: FoundTerm, text: SpeechText, outline?: readonly OutlineItem[]): Formulation {
  const { term } = found;
  const parts = termParts(term);
  const occurrences = found.uses.map((u) => ({ ...text.place(u.paragraph, u.start, u.end), quoted: u.quoted }));
  const resolved = resolveMembers(text.paragraphs, term, found.uses, outline);
  const standardMembers = lexiconMembers(term.text, parts);
  const base = { term: term.text, n: term.n, kind: 'formulation' as const, parts, evidence: found.evidence, occurrences, standardMembers };
  if (!resolved) return { ...base, members: null, strategy: null, memberPlaces: [] };
  const memberPlaces = resolved.items.map((it) => ({ ...text.place(it.paragraph, it.start, it.end), text: it.text }));
  return { ...base, members: memberPlaces.map((m) => m.text), strategy: resolved.strategy, memberPlaces };
}

function otherTerms(candidates: readonly Candidate[], text: SpeechText): OtherNumberedTerm[] {
  const byKey = new Map<string, OtherNumberedTerm & { occurrences: OtherNumberedTerm['occurrences'][number][] }>();
  for (const c of candidates) {
    if (c.kind === 'formulation') continue;
    const key = `${c.kind}:${c.term.text}`;
    const entry = byKey.get(key) ?? { term: c.term.text, n: c.term.n, kind: c.kind, reason: c.reason ?? '', occurrences: [] };
    entry.occurrences.push({ ...text.place(c.paragraph, c.start, c.end), quoted: c.quoted !== 'none' });
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

export function extractFormulations(speech: Speech, options: FormulationOptions = {}): FormulationAnalysis {
  const text = speechText(speech);
  const candidates = findCandidates(text.paragraphs);
  const formulations = findTerms(text.paragraphs, candidates).map((found) => toFormulation(found, text, options.outline));
  return { formulations, otherTerms: otherTerms(candidates, text), diagnostics: formulationDiagnostics(formulations) };
}
