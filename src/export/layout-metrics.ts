import type { ExportStyle } from './export-style.js';

/** The Word values that make the body text fill the grid of a style. */
export interface LayoutMetrics {
  /** Text block, in twips. */
  readonly textWidth: number;
  readonly textHeight: number;
  /** Exact line spacing that fits `linesPerPage` lines (GB/T 9704: 579, i.e. 28.95 pt). */
  readonly lineSpacing: number;
  /**
   * Spacing added to every character of body-size text so `charsPerLine` characters fit a line
   * (GB/T 9704: −6, condensed by 0.3 pt; 28 × 314 = 8792 of 8845 twips, and a 29th does not fit).
   */
  readonly characterSpacing: number;
}

/**
 * Derives line spacing and character condensing from the page and the grid, so that a style states
 * "22 lines of 28 characters" and the arithmetic of Word's units follows. This is the one mechanism
 * that sets the grid: no document grid is switched on, since a grid would override run spacing.
 */
export function layoutMetrics(style: ExportStyle): LayoutMetrics {
  const { page, grid, body } = style;
  const textWidth = page.width - page.marginLeft - page.marginRight;
  const textHeight = page.height - page.marginTop - page.marginBottom;
  const lineSpacing = Math.floor(textHeight / grid.linesPerPage);
  // Whole characters only, less one twip each: at the tightest fit (−5, 25 twips to spare) LibreOffice
  // drops a comma hung into the margin at the end of a justified line; with one twip of slack per
  // character (−6) nothing is lost and Word still sets 28 (the corpus renders, scripts/check-render.mjs).
  const characterPitch = Math.floor(textWidth / grid.charsPerLine) - 1;
  return { textWidth, textHeight, lineSpacing, characterSpacing: characterPitch - body.size * 10 };
}
