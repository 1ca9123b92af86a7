import { isSpeechLine } from './is-speech-line.js';
import { matchLineSignature, type LineMark } from './mark-boilerplate-lines.js';
import { PAGE_EDGE_RULES, TAG_LINE_LENGTH, type PageEdgeRule } from './page-edge-rules.js';
import { compactLine, type Line } from './split-lines.js';

const mark = (rule: PageEdgeRule): LineMark => ({ ruleId: rule.id, reason: rule.reason });

/**
 * Marks furniture by its place on the page, given the marks of the signatures (updated in place):
 * above the speech, 'edge' signatures, a repeated page title and the tag lines above the title;
 * below the speech's last line, whatever follows the first furniture line there. Returns the
 * title line, if the header has one. When the speech cannot be found nothing is marked.
 */
export function markPageEdges(lines: readonly Line[], marks: (LineMark | undefined)[]): Line | undefined {
  // Only the speech's first and last lines matter: looked for from either end.
  const isSpeech = (line: Line, i: number): boolean => marks[i] === undefined && line.text !== '' && isSpeechLine(line.text);
  const first = lines.find(isSpeech)?.index;
  const last = lines.findLast(isSpeech)?.index;
  if (first === undefined || last === undefined) return undefined;
  for (const line of lines) {
    if (marks[line.index] === undefined && (line.index < first || line.index > last)) marks[line.index] = matchLineSignature(line, 'edge');
  }
  const title = markHeader(lines.slice(0, first), marks);
  const footerStart = marks.findIndex((m, i) => m !== undefined && i > last);
  if (footerStart >= 0) {
    for (const line of lines.slice(footerStart + 1)) {
      if (marks[line.index] === undefined && line.text !== '') marks[line.index] = mark(PAGE_EDGE_RULES.footerRun);
    }
  }
  return title;
}

/** In the page header: keeps the title once, drops the tag lines above it. */
function markHeader(header: readonly Line[], marks: (LineMark | undefined)[]): Line | undefined {
  const candidates = header.filter((line) => marks[line.index] === undefined && line.text !== '');
  const byText = new Map<string, Line[]>();
  for (const line of candidates) {
    const key = compactLine(line.text);
    if (key.length > TAG_LINE_LENGTH) byText.set(key, [...(byText.get(key) ?? []), line]);
  }
  const repeated = [...byText.values()].find((copies) => copies.length > 1);
  const title = repeated?.at(-1) ?? candidates.find((line) => compactLine(line.text).length > TAG_LINE_LENGTH);
  if (!title) return undefined;
  for (const copy of repeated?.slice(0, -1) ?? []) marks[copy.index] = mark(PAGE_EDGE_RULES.duplicateTitle);
  for (const line of candidates) {
    if (line.index < title.index && marks[line.index] === undefined && compactLine(line.text).length <= TAG_LINE_LENGTH) {
      marks[line.index] = mark(PAGE_EDGE_RULES.tagLines);
    }
  }
  return title;
}
