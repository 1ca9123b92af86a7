import type { Diagnostic, Speech } from '../../model.js';
import type { HeadingRun, OutlineNode, OutlineTree } from '../outline/heading.js';
import { LAST_ORDINAL, type MarkerFamily } from '../outline/marker-families.js';
import { locate } from '../speech-text.js';
import { diagnostic } from './rules.js';

/**
 * Faults in the speech's skeleton: numbering gaps, repeats and disorder within each run of
 * headings, families of markers that are mixed at one level, and levels used in the wrong order.
 */
export function outlineDiagnostics(speech: Speech, tree: OutlineTree): Diagnostic[] {
  const out: Diagnostic[] = [];
  const markerSpan = (node: OutlineNode) =>
    locate(speech, node.heading.start, node.heading.start + node.heading.marker.length).span;
  for (const first of tree.nodes.filter((n) => n.run.items[0] === n.heading)) {
    const family = first.run.family;
    if (!family) continue;
    const nodes = first.run.items.map((h) => tree.nodeOf.get(h)!);
    const mixed = continuesParent(first, family);
    if (mixed) {
      out.push(diagnostic('outline/mixed-families',
        `同一层级混用了不同序号：“${first.parent!.heading.marker}”之后是“${first.heading.marker}”`, markerSpan(first)));
    }
    const parent = first.parent?.run.family;
    if (parent?.rank !== undefined && family.rank !== undefined && family.rank <= parent.rank && !mixed) {
      out.push(diagnostic('outline/level-misuse',
        `“${first.heading.marker}”不应位于“${first.parent!.heading.marker}”之下：公文层级依次为 一、（一）1.（1）`, markerSpan(first)));
    }
    out.push(...numberingDiagnostics(first.run, nodes, family, mixed, markerSpan));
  }
  return out;
}

/** （三） right under 二、: the numbering of the level goes on in another family. */
function continuesParent(first: OutlineNode, family: MarkerFamily): boolean {
  const parent = first.parent;
  const ordinal = first.heading.ordinal ?? 1;
  return parent !== null && parent.run.family !== family && ordinal > 1 && parent.heading.ordinal === ordinal - 1;
}

function numberingDiagnostics(
  run: HeadingRun,
  nodes: readonly OutlineNode[],
  family: MarkerFamily,
  mixed: boolean,
  markerSpan: (node: OutlineNode) => Diagnostic['span'],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ordinals = run.items.map((h) => h.ordinal ?? 0);
  const missingBetween = (from: number, to: number): number[] => {
    const missing: number[] = [];
    for (let n = from + 1; n < to; n++) if (!ordinals.includes(n)) missing.push(n);
    return missing;
  };
  const list = (ns: readonly number[]): string => ns.map((n) => `“${family.format(n)}”`).join('');
  const firstMissing = ordinals[0] === LAST_ORDINAL ? [] : missingBetween(0, ordinals[0]!);
  if (!mixed && firstMissing.length > 0) {
    out.push(diagnostic('outline/numbering-gap', `编号从“${run.items[0]!.marker}”开始，缺少${list(firstMissing)}`, markerSpan(nodes[0]!)));
  }
  for (let i = 1; i < ordinals.length; i++) {
    const [previous, current] = [ordinals[i - 1]!, ordinals[i]!];
    const [before, here] = [run.items[i - 1]!.marker, run.items[i]!.marker];
    if (current === previous) {
      out.push(diagnostic('outline/numbering-repeat', `编号“${here}”重复`, markerSpan(nodes[i]!)));
    } else if (current < previous) {
      out.push(diagnostic('outline/numbering-disorder', `编号顺序颠倒：“${here}”出现在“${before}”之后`, markerSpan(nodes[i]!)));
    } else if (current !== LAST_ORDINAL) {
      const missing = missingBetween(previous, current);
      if (missing.length > 0) {
        out.push(diagnostic('outline/numbering-gap', `编号跳号：“${before}”之后是“${here}”，缺少${list(missing)}`, markerSpan(nodes[i]!)));
      }
    }
  }
  return out;
}
