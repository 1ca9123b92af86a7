/** The reviewed shape of an analysis in golden files: what a reader checks by eye, with line numbers. */
import type { Announcement, OutlineItem, SpeechAnalysis } from '../../src/analyze/types.js';
import { positionOf } from '../../src/report/positions.js';

export function compactAnalysis(analysis: SpeechAnalysis): unknown {
  const { source } = analysis.speech.normalized;
  const line = (item: OutlineItem | Announcement) => positionOf(source, item.span).line;
  const outline = (item: OutlineItem): unknown => ({
    line: line(item),
    level: item.level,
    marker: item.marker,
    text: item.text,
    ...(item.implicit ? { implicit: true } : {}),
    ...(item.children.length > 0 ? { children: item.children.map(outline) } : {}),
  });
  return {
    title: analysis.title ?? null,
    outline: analysis.outline.map(outline),
    announced: analysis.announced.map((a) => ({
      line: line(a),
      phrase: a.phrase,
      count: a.count,
      found: a.found,
      scope: a.scope,
      items: a.items,
    })),
  };
}
