/**
 * Every outline item and announcement points into the user's file: its raw text is exactly
 * source.original.slice(span), and a heading's raw starts with its marker as written there
 * (traditional script and ASCII commas included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutlineItem } from '../../src/analyze/types.js';
import { analyzeText } from './analyze-text.js';

const seeds = readdirSync('corpus').filter((f) => f.endsWith('.txt'));
const flatten = (items: readonly OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...flatten(i.children)]);

describe.each(seeds)('positions in %s', (name) => {
  const original = readFileSync(`corpus/${name}`, 'utf8');
  const analysis = analyzeText(original);

  it('outline items: raw is the original slice of the span', () => {
    const items = flatten(analysis.outline);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.raw).toBe(original.slice(item.span.start, item.span.end));
      expect(item.raw.length).toBeGreaterThan(0);
      if (!item.implicit) expect(item.raw.slice(0, 1)).toBe(original[item.span.start]);
    }
  });

  it('announcements: raw is the original slice of the span', () => {
    for (const a of analysis.announced) expect(a.raw).toBe(original.slice(a.span.start, a.span.end));
  });
});

it('keeps the traditional original in raw while the heading text is simplified (corpus/002)', () => {
  const analysis = analyzeText(readFileSync('corpus/002_e3a15817498c2af4.txt', 'utf8'));
  const first = analysis.outline[0]!;
  expect(first.text).toBe('坚持抓班子建设，为加强机关党组织建设提供组织保证');
  expect(first.raw).toBe('一、堅持抓班子建設,為加強機關黨組織建設提供組織保證');
});
