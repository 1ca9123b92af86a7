/**
 * The shortcuts the analysis takes for speed must not change what it finds: the combined marker
 * test agrees with the families one by one, a pattern's `requires` holds wherever it matches and its
 * `fromEnd` tail search finds what a search of the whole paragraph finds
 * (run on every paragraph and clause of the seed speeches).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_PATTERNS } from '../../src/analyze/announced/announcement-patterns.js';
import { PLACEHOLDER_PATTERNS } from '../../src/analyze/diagnostics/placeholder-patterns.js';
import { anyMarker, STARTS_WITH_MARKER } from '../../src/analyze/outline/any-marker.js';
import { MARKER_FAMILIES, type MarkerFamily } from '../../src/analyze/outline/marker-families.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { sourceFromText } from '../helpers/source.js';

const paragraphs = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => parseSpeech(normalizeDocument(sourceFromText(readFileSync(`corpus/${f}`, 'utf8')))).paragraphs)
  .map((p) => p.value);
/** Every clause start of the corpus: where markers are looked for. */
const clauseStarts = paragraphs.flatMap((p) => [0, ...[...p.matchAll(/[，,；;：:。！？]/gu)].map((m) => m.index + 1)].map((i) => p.slice(i)));

describe('STARTS_WITH_MARKER', () => {
  it('matches exactly where one of the marker families matches', () => {
    const texts = [...clauseStarts, ...MARKER_FAMILIES.map((f) => f.example), '一、二季度', '再次强调', '——在全市会议上'];
    const disagreements = texts.filter((t) => STARTS_WITH_MARKER.test(t) !== MARKER_FAMILIES.some((f) => f.pattern.test(t)));
    expect(disagreements).toEqual([]);
    expect(texts.filter((t) => STARTS_WITH_MARKER.test(t)).length).toBeGreaterThan(20);
  });

  it('refuses a family whose pattern is not anchored at the start', () => {
    const loose: MarkerFamily = { ...MARKER_FAMILIES[0]!, pattern: /一是/u };
    expect(() => anyMarker([loose])).toThrow(/anchored/);
  });
});

describe('requires', () => {
  const prefiltered = [...ANNOUNCEMENT_PATTERNS, ...PLACEHOLDER_PATTERNS].filter((p) => p.requires);

  it.each(prefiltered.map((p) => [p.id, p] as const))('%s: every paragraph with a match passes it', (_, { pattern, requires, example }) => {
    const matching = [...paragraphs, example].filter((p) => [...p.matchAll(pattern)].length > 0);
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.filter((p) => !requires!.test(p))).toEqual([]);
  });
});

describe('fromEnd', () => {
  const tailOnly = ANNOUNCEMENT_PATTERNS.filter((p) => p.fromEnd !== undefined);
  /** The matches of a global pattern from a start offset, as [index, text] pairs. */
  const matchesFrom = (pattern: RegExp, text: string, from: number): [number, string][] => {
    const found: [number, string][] = [];
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push([m.index, m[0]]);
    return found;
  };

  it.each(tailOnly.map((p) => [p.id, p] as const))('%s: searching the tail finds what searching the whole paragraph finds', (_, { pattern, fromEnd, example }) => {
    // The longest match the comment counts: a three-character count, 个方面, 的, four Han characters
    // outside the Basic Multilingual Plane (two code units each) and a noun, closed by 。.
    const longest = `我们今天概述以下九十九个方面的${'𠀀'.repeat(4)}意见。`;
    const texts = [...paragraphs, example, longest];
    const differing = texts.filter((t) => {
      const whole = matchesFrom(pattern, t, 0);
      const tail = matchesFrom(pattern, t, Math.max(0, t.length - fromEnd!));
      return JSON.stringify(whole) !== JSON.stringify(tail);
    });
    expect(differing).toEqual([]);
    expect(matchesFrom(pattern, longest, 0).map(([, text]) => text)).toEqual([`九十九个方面的${'𠀀'.repeat(4)}意见`]);
    expect(texts.filter((t) => matchesFrom(pattern, t, 0).length > 0).length).toBeGreaterThan(1);
  });
});
