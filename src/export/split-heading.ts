import type { HeadingBlock, HeadingLevel } from './export-document.js';
import { matchHeadingMarker } from './document-heading-markers.js';

/** The punctuation that closes a heading clause (it stays with the heading). */
const CLAUSE_END = /[。！？；：!?;:]/;

/**
 * Splits a paragraph that starts with a document heading marker into marker, heading clause and the
 * rest of the paragraph: "一、认清形势…紧迫性。总书记…" → marker 一、, text 认清形势…紧迫性。, rest
 * 总书记…. A paragraph that is only a heading has no rest. Undefined when there is no marker.
 */
export function splitHeading(paragraph: string): HeadingBlock | undefined {
  const found = matchHeadingMarker(paragraph);
  if (!found) return undefined;
  return splitAfterMarker(paragraph, found.written, found.level);
}

/**
 * As splitHeading, for a marker already known (a Markdown heading, an outline item). Spaces after the
 * marker ("1. 抓好…", a Markdown habit) are dropped: Chinese headings set the text right after it.
 */
export function splitAfterMarker(paragraph: string, marker: string, level: HeadingLevel): HeadingBlock {
  const body = paragraph.slice(marker.length).replace(/^[ \t\u3000]+/, '');
  const end = CLAUSE_END.exec(body);
  const cut = end ? end.index + 1 : body.length;
  const rest = body.slice(cut);
  return rest.trim() === ''
    ? { kind: 'heading', level, marker, text: body }
    : { kind: 'heading', level, marker, text: body.slice(0, cut), rest };
}
