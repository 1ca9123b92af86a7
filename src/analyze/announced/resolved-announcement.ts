import type { HeadingRun, OutlineNode } from '../outline/heading.js';
import type { FoundAnnouncement } from './found-announcement.js';

/** An announcement with the items that realize it. */
export interface ResolvedAnnouncement {
  readonly found: FoundAnnouncement;
  readonly scope: 'outline' | 'inline';
  /** The run of headings or enumerated items it announces, when there is one. */
  readonly run?: HeadingRun;
  /** Item texts, as normalized-text ranges. */
  readonly items: readonly { readonly start: number; readonly end: number }[];
  readonly section: OutlineNode | null;
}
