import { sectionAt } from '../outline/build-outline-tree.js';
import type { HeadingRun, OutlineNode, OutlineTree } from '../outline/heading.js';

/**
 * The run of sections that a summary (以上四点意见) sums up. Of the sections holding it, innermost
 * first, the first whose run has as many items as the count (以上四点 in 四、3、 sums up 一、…四、,
 * not 1、…3、), else the outermost; outside every section, the last top-level run before it.
 */
export function summedUpRun(tree: OutlineTree, at: number, count: number | null): HeadingRun | undefined {
  const holders: OutlineNode[] = [];
  for (let node = sectionAt(tree, at); node; node = node.parent) holders.push(node);
  const before = (run: HeadingRun): number => run.items.filter((h) => h.start < at).length;
  const matching = holders.find((n) => before(n.run) === count);
  if (matching) return matching.run;
  if (holders.length > 0) return holders.at(-1)!.run;
  return tree.roots.findLast((n) => n.heading.start < at)?.run;
}
