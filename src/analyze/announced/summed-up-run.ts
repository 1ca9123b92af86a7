import { sectionAt } from '../outline/build-outline-tree.js';
import type { HeadingRun, OutlineNode, OutlineTree } from '../outline/heading.js';

/**
 * The run of sections that a summary (以上四点意见) sums up: of the sections holding it, innermost
 * first, the first whose run has as many items before it as the count (以上四点 in 四、3、 sums up
 * 一、…四、, not 1、…3、); outside every section, the last top-level run if it has as many. For 几
 * (以上几点), the outermost. A count that no run matches sums up something else (以上三项工作 after an
 * inline list): undefined.
 */
export function summedUpRun(tree: OutlineTree, at: number, count: number | null): HeadingRun | undefined {
  const holders: OutlineNode[] = [];
  for (let node = sectionAt(tree, at); node; node = node.parent) holders.push(node);
  const lastRoot = tree.roots.findLast((n) => n.heading.start < at);
  if (holders.length === 0 && lastRoot) holders.push(lastRoot);
  if (count === null) return holders.at(-1)?.run;
  const before = (run: HeadingRun): number => run.items.filter((h) => h.start < at).length;
  return holders.find((n) => before(n.run) === count)?.run;
}
