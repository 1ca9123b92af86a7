import type { Metadata, RemovedSpan } from '../model.js';
import type { Edit, MappedText } from '../text/mapped-text.js';
import { markBoilerplateLines } from './mark-boilerplate-lines.js';
import { markPageEdges } from './mark-page-edges.js';
import { extractMetadata } from './metadata-fields.js';
import { splitLines } from './split-lines.js';

export interface CleanResult {
  readonly text: MappedText;
  readonly metadata: Metadata;
  readonly removed: readonly RemovedSpan[];
}

/**
 * Strips web-page furniture line by line (signatures, blocks, then the page's header and footer),
 * reads metadata from what was removed, and records each removed line with its reason. Runs after
 * 繁→简, so the signatures are written in simplified characters only. Lines are removed whole with
 * their line break; the recorded span is the line's visible text in `original`.
 */
export function cleanBoilerplate(text: MappedText, original: string): CleanResult {
  const lines = splitLines(text.value);
  const marks = markBoilerplateLines(lines);
  const title = markPageEdges(lines, marks);
  const removed: RemovedSpan[] = [];
  const furniture: string[] = [];
  const edits: Edit[] = [];
  for (const line of lines) {
    const mark = marks[line.index];
    if (!mark) continue;
    const span = text.toOriginal({ start: line.start, end: line.end });
    removed.push({ span, raw: original.slice(span.start, span.end), ruleId: mark.ruleId, reason: mark.reason });
    furniture.push(line.text);
    edits.push({ start: line.lineStart, end: line.next, text: '' });
  }
  const metadata: Metadata = {
    ...(title && { title: title.text.replace(/\s+/g, ' ') }),
    ...extractMetadata(furniture),
  };
  return { text: text.applyEdits(edits), metadata, removed };
}
