/**
 * ASCII runs whose punctuation belongs to them and must stay half-width: web and e-mail addresses
 * (up to their last letter or digit, so a comma after them is still Chinese). Numbers, times like
 * 09:36:19 and formulas like 1+10+N need no protection: the neighbour tests keep them.
 */
const PROTECTED = /(?:https?|ftp):\/\/[!-~]*[\w/#=%&-]|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[!-~]*[\w/#=%&-])?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Each protected run holds "://", "www." or "@": a text without them (most speeches) is not
 * searched, which a pattern opening with [\w.+-]+ would do from every letter and digit.
 */
function mayHoldProtected(value: string): boolean {
  return value.includes('@') || value.includes('://') || value.includes('www.');
}

/** Returns a test telling whether a value index lies inside a protected run. */
export function protectedAscii(value: string): (index: number) => boolean {
  const ranges = mayHoldProtected(value) ? [...value.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  return (index) => {
    // Ranges are sorted and disjoint: find the last one starting at or before `index`.
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] <= index) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && index < ranges[hi]![1];
  };
}
