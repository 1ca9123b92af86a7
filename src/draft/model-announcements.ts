import type { Announcement, OutlineItem } from '../analyze/types.js';
import type { Speech } from '../model.js';

/** Quotes, spaces and punctuation do not count when an announced item is matched to a heading. */
const squeeze = (s: string): string => s.replace(/[\s\p{P}]/gu, '');

/**
 * The model's sentences that announce the sections which follow them (下面，我…讲几点意见。 在这方面
 * 我们着重抓了四个方面的工作。), keyed by the first section each introduces, so the skeleton can say
 * them again in the same place. An announcement inside a heading (实现“三个转变”) stays with the
 * heading; one whose items are not sections of the outline is left out.
 */
export function modelAnnouncements(
  speech: Speech,
  announced: readonly Announcement[],
  outline: readonly OutlineItem[],
): Map<OutlineItem, string> {
  const flat: OutlineItem[] = [];
  const walk = (items: readonly OutlineItem[]): void => items.forEach((item) => (flat.push(item), walk(item.children)));
  walk(outline);
  const sentences = speech.paragraphs.flatMap((p) => p.sentences);
  const out = new Map<OutlineItem, string>();
  for (const a of announced) {
    if (a.scope !== 'outline' || a.items.length === 0) continue;
    if (flat.some((item) => item.span.start <= a.span.start && a.span.end <= item.span.end)) continue;
    const first = squeeze(a.items[0]!);
    const item = flat.find((candidate) => squeeze(candidate.text) === first);
    const sentence = sentences.find((s) => s.span.start <= a.span.start && a.span.start < s.span.end);
    if (item && sentence && !out.has(item)) out.set(item, sentence.value);
  }
  return out;
}
