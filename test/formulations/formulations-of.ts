/** Formulations of a speech given as text (real sentences). */
import { readFileSync } from 'node:fs';
import { extractFormulations } from '../../src/analyze/formulations/extract-formulations.js';
import type { Formulation, FormulationAnalysis } from '../../src/analyze/formulations/types.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { sourceFromText } from '../helpers/source.js';

export function formulationsOf(text: string): FormulationAnalysis {
  return extractFormulations(parseSpeech(normalizeDocument(sourceFromText(text))));
}

export const terms = (text: string): string[] => formulationsOf(text).formulations.map((f) => f.term);

export const find = (analysis: FormulationAnalysis | readonly Formulation[], term: string): Formulation | undefined =>
  ('formulations' in analysis ? analysis.formulations : analysis).find((f) => f.term === term);

export const seed = (name: string): string => readFileSync(`corpus/${name}`, 'utf8');
