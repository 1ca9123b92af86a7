import type { Heading, HeadingRun, OutlineNode, OutlineTree } from './heading.js';

interface Frame {
  readonly run: HeadingRun;
  node: OutlineNode;
  /** The section cannot reach past this offset (HeadingRun.end, for the last item of its run). */
  readonly limit: number;
}

const isRanked = (run: HeadingRun): boolean => run.family?.rank !== undefined;
const opensPart = (run: HeadingRun): boolean => run.family?.opensPart === true || run.headingLines === true;
const sameFamily = (a: HeadingRun, b: HeadingRun): boolean => a.family !== null && a.family === b.family;

/**
 * Nests heading runs into a tree by the order they appear in, so levels come from this speech
 * (第一， is top level in one speech and under 一、 in another):
 * - a section whose run set an end (HeadingRun.end) is closed once that end is passed;
 * - the next item of an open run, or a new run of a family already open, is a sibling at that level;
 * - any other run opens a level below the current heading — except that a ranked family (一、 （一）
 *   1. …) does not go under a floating run (一是, 第一 …) that has already ended (main parts and
 *   heading lines do not end so).
 */
export function buildOutlineTree(runs: readonly HeadingRun[], textLength: number): OutlineTree {
  const items = runs
    .flatMap((run) => run.items.map((heading) => ({ heading, run })))
    .sort((a, b) => a.heading.start - b.heading.start);
  const roots: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const nodeOf = new Map<Heading, OutlineNode>();
  const limitOf = new Map<OutlineNode, number>();
  const stack: Frame[] = [];
  for (const { heading, run } of items) {
    const closed = stack.findIndex((f) => f.limit <= heading.start);
    if (closed >= 0) stack.length = closed;
    let level = stack.findLastIndex((f) => f.run === run);
    if (level < 0) level = stack.findLastIndex((f) => sameFamily(f.run, run));
    if (level >= 0) {
      stack.length = level;
    } else if (isRanked(run)) {
      while (stack.length > 0 && !isRanked(stack.at(-1)!.run) && !opensPart(stack.at(-1)!.run) && lastStart(stack.at(-1)!.run) < heading.start) {
        stack.pop();
      }
    }
    const parent = stack.at(-1)?.node ?? null;
    const node: OutlineNode = { heading, run, parent, depth: (parent?.depth ?? 0) + 1, children: [], end: textLength };
    const limit = run.end !== undefined && run.items.at(-1) === heading ? run.end : Infinity;
    (parent ? parent.children : roots).push(node);
    nodes.push(node);
    nodeOf.set(heading, node);
    limitOf.set(node, limit);
    stack.push({ run, node, limit });
  }
  // A section ends where the next heading at its depth or above starts: one pass with a stack of
  // the sections still open (deepest last), so long files stay linear. Then no section outlasts
  // its own limit or its parent (nodes are in document order, parents first).
  const open: OutlineNode[] = [];
  for (const node of nodes) {
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop()!.end = node.heading.start;
    open.push(node);
  }
  for (const node of nodes) node.end = Math.min(node.end, limitOf.get(node)!, node.parent?.end ?? Infinity);
  return { roots, nodes, nodeOf, end: textLength };
}

const lastStart = (run: HeadingRun): number => run.items.at(-1)!.start;

/** The innermost section holding normalized offset `at`; null in the preamble or outside every section. */
export function sectionAt(tree: OutlineTree, at: number): OutlineNode | null {
  let found: OutlineNode | null = null;
  let level: readonly OutlineNode[] = tree.roots;
  for (;;) {
    const node = lastStartingAtOrBefore(level, at);
    if (!node || at >= node.end) return found;
    found = node;
    level = node.children;
  }
}

/** Binary search in sibling sections, which are in document order and do not overlap. */
function lastStartingAtOrBefore(level: readonly OutlineNode[], at: number): OutlineNode | undefined {
  let lo = 0;
  let hi = level.length - 1;
  let found: OutlineNode | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (level[mid]!.heading.start <= at) {
      found = level[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
