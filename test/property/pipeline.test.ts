/**
 * Invariants of the text pipeline on arbitrary input: normalize → parse → analyze never throws,
 * every span lies inside the user's text and its raw slice is exactly that text, and the result is
 * the same on every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSpeech } from '../../src/analyze/analyze-speech.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { sourceFromText } from '../helpers/source.js';
import { expectSpansMapBack } from './expect-positions.js';
import { anyCodeUnits, anyUnicodeText, speechLikeText } from './speech-text.js';

function runPipeline(original: string, repair: boolean) {
  const normalized = normalizeDocument(sourceFromText(original), { repair });
  const speech = parseSpeech(normalized);
  return { normalized, speech, analysis: analyzeSpeech(speech) };
}

/** Every span and raw slice maps back, every character of the normalized text comes from the input, sentences sit in their paragraph. */
function checkPositions(original: string, repair: boolean): void {
  const { normalized, speech, analysis } = runPipeline(original, repair);
  expectSpansMapBack(analysis, original);
  for (let i = 0; i <= normalized.text.length; i++) {
    const offset = normalized.text.originalOffset(i);
    expect(offset >= 0 && offset <= original.length, `value index ${i} maps to ${offset}`).toBe(true);
  }
  for (const paragraph of speech.paragraphs) {
    for (const sentence of paragraph.sentences) {
      expect(sentence.span.start).toBeGreaterThanOrEqual(paragraph.span.start);
      expect(sentence.span.end).toBeLessThanOrEqual(paragraph.span.end);
    }
  }
}

/** The parts of a result a report is made of, as plain data. */
function snapshot(original: string, repair: boolean): string {
  const { normalized, speech, analysis } = runPipeline(original, repair);
  const { text, metadata, script, removed } = normalized;
  const { speech: _speech, ...findings } = analysis;
  return JSON.stringify({ value: text.value, metadata, script, removed, paragraphs: speech.paragraphs, findings });
}

const texts: readonly [string, fc.Arbitrary<string>][] = [
  ['speech-like text', speechLikeText],
  ['any Unicode text', anyUnicodeText],
  ['any UTF-16 code units', anyCodeUnits],
];

describe.each(texts)('normalize → parse → analyze on %s', (_name, text) => {
  it('never throws, and every span maps back to the input', () => {
    fc.assert(fc.property(text, fc.boolean(), (original, repair) => checkPositions(original, repair)));
  });

  it('gives the same result on every run', () => {
    fc.assert(fc.property(text, fc.boolean(), (original, repair) => snapshot(original, repair) === snapshot(original, repair)));
  });
});
