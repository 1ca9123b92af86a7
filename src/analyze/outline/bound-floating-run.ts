import type { Speech } from '../../model.js';
import type { HeadingRun } from './heading.js';

/**
 * The last item of a floating run (一是, ——, 第一， …) has no marker after it to end its section.
 * When every other item spans the same number of paragraphs, the last spans as many: after five
 * ——这是…的五年 paragraphs, the next paragraph 五年来主要做了以下工作。 belongs to the part again, not
 * to the last dash item; after 一是…四是 inside one paragraph, the next paragraph is the part's too.
 * Runs of a ranked family (一、（一）) and main parts end only at the next heading.
 */
export function boundFloatingRun(run: HeadingRun, speech: Speech): HeadingRun {
  const family = run.family;
  if (!family || family.rank !== undefined || family.opensPart || run.items.length < 2) return run;
  const widths = run.items.slice(1).map((h, i) => h.paragraphIndex - run.items[i]!.paragraphIndex);
  const width = widths[0]!;
  if (widths.some((w) => w !== width)) return run;
  const last = run.items.at(-1)!.paragraphIndex;
  const own = speech.paragraphs[last]!;
  const next = speech.paragraphs[last + Math.max(width, 1)];
  const end = width === 0 ? own.offset + own.value.length : next?.offset;
  return end === undefined ? run : { ...run, end };
}
