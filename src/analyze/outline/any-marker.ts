import { MARKER_FAMILIES, type MarkerFamily } from './marker-families.js';

/**
 * One anchored regex that matches where any of `families` matches, so a clause start can be
 * ruled out with one test instead of one per family (most clause starts hold no marker). The
 * families' patterns are joined as they are; only their named groups become plain groups, since
 * two families name the same group.
 */
export function anyMarker(families: readonly MarkerFamily[]): RegExp {
  const bodies = families.map((f) => {
    if (!f.pattern.source.startsWith('^') || f.pattern.flags !== 'u') {
      throw new Error(`marker family ${f.id}: its pattern must be anchored with ^ and use only the u flag`);
    }
    return `(?:${f.pattern.source.slice(1).replace(/\(\?<(?=[A-Za-z])\w+>/g, '(?:')})`;
  });
  return new RegExp(`^(?:${bodies.join('|')})`, 'u');
}

/** A text that starts with a marker of any family (一、 （一） 第一， 一是 —— …). */
export const STARTS_WITH_MARKER = anyMarker(MARKER_FAMILIES);
