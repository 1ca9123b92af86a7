import type { Heading, HeadingRun } from '../outline/heading.js';
import type { ResolvedAnnouncement } from './resolved-announcement.js';

/** What a group of announcements that count as one knows of those of them that found items. */
interface Found {
  /** How many found items. */
  withItems: number;
  /** The latest start among them. */
  latest: number;
}

/**
 * One announcement stated twice in a section (三、…实现“三个转变”。…必须实现“三个转变”。), or two
 * announcements realized by the same run, count once: the one that found items, else the later.
 * Announcements are grouped by run and by key and section, so long files with thousands of them
 * stay linear: one drops out when another of its groups found items and it found none, or when a
 * later one of its groups found items too.
 */
export function mergeRepeats(list: readonly ResolvedAnnouncement[]): ResolvedAnnouncement[] {
  const byRun = new Map<HeadingRun, Found>();
  // Compare sections by heading: the tree is rebuilt when implicit sections join it.
  const byKey = new Map<string, Map<Heading | undefined, Found>>();
  const groupsOf = (a: ResolvedAnnouncement): Found[] => {
    let sections = byKey.get(a.found.key);
    if (!sections) byKey.set(a.found.key, (sections = new Map()));
    const heading = a.section?.heading;
    let bySection = sections.get(heading);
    if (!bySection) sections.set(heading, (bySection = { withItems: 0, latest: -Infinity }));
    if (!a.run) return [bySection];
    let byThisRun = byRun.get(a.run);
    if (!byThisRun) byRun.set(a.run, (byThisRun = { withItems: 0, latest: -Infinity }));
    return [byThisRun, bySection];
  };
  const groups = list.map(groupsOf);
  list.forEach((a, i) => {
    if (a.items.length === 0) return;
    for (const g of groups[i]!) {
      g.withItems++;
      g.latest = Math.max(g.latest, a.found.start);
    }
  });
  return list.filter((a, i) =>
    !groups[i]!.some((g) => (a.items.length === 0 ? g.withItems > 0 : g.latest > a.found.start)),
  );
}
