import type { ResolvedAnnouncement } from './resolved-announcement.js';

/**
 * One announcement stated twice in a section (三、…实现“三个转变”。…必须实现“三个转变”。), or two
 * announcements realized by the same run, count once: the one that found items, else the later.
 */
export function mergeRepeats(list: readonly ResolvedAnnouncement[]): ResolvedAnnouncement[] {
  const keep = (a: ResolvedAnnouncement, b: ResolvedAnnouncement): boolean =>
    a.items.length > 0 && (b.items.length === 0 || a.found.start > b.found.start);
  return list.filter((a) =>
    !list.some((b) => b !== a && isSame(a, b) && keep(b, a)),
  );
}

function isSame(a: ResolvedAnnouncement, b: ResolvedAnnouncement): boolean {
  if (a.run && a.run === b.run) return true;
  // Compare sections by heading: the tree is rebuilt when implicit sections join it.
  return a.found.key === b.found.key && a.section?.heading === b.section?.heading;
}
