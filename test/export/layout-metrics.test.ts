import { describe, expect, it } from 'vitest';
import { SPEECH_STYLE, STANDARD_STYLE } from '../../src/export/export-styles.js';
import { layoutMetrics } from '../../src/export/layout-metrics.js';

describe('layoutMetrics', () => {
  const metrics = layoutMetrics(STANDARD_STYLE);

  it('derives the text block of GB/T 9704 from A4 and its margins (156 × 225 mm)', () => {
    expect(metrics.textWidth).toBe(8845);
    expect(metrics.textHeight).toBe(12756);
    expect(metrics.textWidth / 56.7).toBeCloseTo(156, 0);
    expect(metrics.textHeight / 56.7).toBeCloseTo(225, 0);
  });

  it('sets the largest exact line spacing that holds 22 lines: 579 twips (28.95 pt)', () => {
    expect(metrics.lineSpacing).toBe(579);
    expect(22 * metrics.lineSpacing).toBeLessThanOrEqual(metrics.textHeight);
    expect(22 * (metrics.lineSpacing + 1)).toBeGreaterThan(metrics.textHeight);
  });

  it('condenses 三号 text so that 28 characters fit a line and a 29th does not', () => {
    const pitch = STANDARD_STYLE.body.size * 10 + metrics.characterSpacing;
    expect(metrics.characterSpacing).toBe(-6);
    expect(28 * pitch).toBeLessThanOrEqual(metrics.textWidth);
    expect(29 * pitch).toBeGreaterThan(metrics.textWidth);
    // Uncondensed, 28 characters of 16 pt overflow the line: Word would set 27.
    expect(28 * STANDARD_STYLE.body.size * 10).toBeGreaterThan(metrics.textWidth);
  });

  it('gives the house style the same grid, since it keeps the page and the body size', () => {
    expect(layoutMetrics(SPEECH_STYLE)).toEqual(metrics);
  });
});
