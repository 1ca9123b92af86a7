import { sectionAt } from '../outline/build-outline-tree.js';
import type { OutlineNode, OutlineTree } from '../outline/heading.js';
import type { FoundAnnouncement } from './found-announcement.js';

/**
 * The first stop at or after `from` whose innermost section is `section`. Stops are in document
 * order, and one in `section` lies before its end (before the first heading, for the preamble), so
 * the search starts by bisection and stops there; scanning every stop for every announcement took
 * minutes on a 50 MB file.
 */
export function nextStop(
  stops: readonly FoundAnnouncement[],
  from: number,
  section: OutlineNode | null,
  tree: OutlineTree,
): FoundAnnouncement | undefined {
  const bound = section ? section.end : (tree.roots[0]?.heading.start ?? tree.end);
  let lo = 0;
  for (let hi = stops.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < stops.length && stops[i]!.start < bound; i++) {
    if (sectionAt(tree, stops[i]!.start) === section) return stops[i];
  }
  return undefined;
}
