/**
 * The document heading levels of GB/T 9704-2012 §7.3.3 (一、 → （一） → 1. → （1）) are the marker
 * families of the analysis's table that carry a rank; the rank is the level. Only these become Word
 * headings on export: 第一， 一是 一要 首先 open enumerations inside a paragraph and stay body text.
 */
import { MARKER_FAMILIES } from '../analyze/outline/marker-families.js';
import type { HeadingLevel } from './export-document.js';

const isHeadingLevel = (rank: number | undefined): rank is HeadingLevel => rank === 1 || rank === 2 || rank === 3 || rank === 4;

const DOCUMENT_HEADING_FAMILIES = MARKER_FAMILIES.flatMap((family) =>
  isHeadingLevel(family.rank) ? [{ ...family, level: family.rank }] : [],
);

/**
 * The document heading marker a paragraph starts with, as written, and its level. A match that
 * stands for no ordinal is not a marker (一、二季度 is a range).
 */
export function matchHeadingMarker(text: string): { written: string; level: HeadingLevel } | undefined {
  for (const family of DOCUMENT_HEADING_FAMILIES) {
    const found = family.pattern.exec(text);
    if (found && family.ordinal(found) !== null) return { written: found[0], level: family.level };
  }
  return undefined;
}

/** The heading level of a marker family of the outline analysis, if it is a document heading. */
export function headingLevelOfFamily(family: string): HeadingLevel | undefined {
  return DOCUMENT_HEADING_FAMILIES.find((f) => f.id === family)?.level;
}
