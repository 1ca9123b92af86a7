import type { Paragraph, Speech } from '../../model.js';
import type { MarkerCandidate, MarkerPosition } from './marker-candidate.js';
import { MARKER_FAMILIES } from './marker-families.js';

/** The heading runs up to the first of these (the annotators' rule) or the line end. */
const HEADING_END = /[。！？；：!?;:]/u;
/** Clause starts inside a sentence: after a colon (an enumeration opens), a semicolon or a comma. */
const CLAUSE_BREAK = /[：:；;，,]/gu;
const HOLDS_SENTENCE = /[。！？；!?;]/u;
const NUMBERED = MARKER_FAMILIES.filter((f) => !f.unordered);
/** Tried after the numbered families: ——第一， is a 第一， heading. */
const UNNUMBERED = MARKER_FAMILIES.filter((f) => f.unordered);
const POSITION_AFTER: Readonly<Record<string, MarkerPosition>> = { '：': 'colon', ':': 'colon', '；': 'semicolon', ';': 'semicolon', '，': 'comma', ',': 'comma' };

/**
 * Every heading marker standing at the start of a paragraph, a sentence or a clause (after ：；，).
 * Markers in running text (第一议题, 第一责任人, 首先要 mid-clause) never start there.
 */
export function findMarkerCandidates(speech: Speech): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  for (const paragraph of speech.paragraphs) {
    if (paragraph === speech.title) continue;
    for (const sentence of paragraph.sentences) {
      const sentenceStart = sentence.offsetInParagraph;
      const sentenceEnd = sentenceStart + sentence.value.length;
      const starts: [number, MarkerPosition][] = [[sentenceStart, sentenceStart === 0 ? 'paragraph' : 'sentence']];
      for (const m of sentence.value.matchAll(CLAUSE_BREAK)) {
        starts.push([sentenceStart + m.index + 1, POSITION_AFTER[m[0]]!]);
      }
      for (const [at, position] of starts) {
        const found = matchMarker(paragraph, at, position, sentenceStart, sentenceEnd);
        if (found) out.push(found);
      }
    }
  }
  return out;
}

function matchMarker(
  paragraph: Paragraph,
  at: number,
  position: MarkerPosition,
  sentenceStart: number,
  sentenceEnd: number,
): MarkerCandidate | undefined {
  let afterDash = at;
  // Some speeches set their points off with a dash: ——第一，开宗明义
  while (afterDash < sentenceEnd && /[\s—]/u.test(paragraph.value[afterDash]!)) afterDash++;
  // A dash alone marks a point only at a paragraph start, in running text (not a subtitle ——在…会议上).
  const dashLed = position === 'paragraph' && HOLDS_SENTENCE.test(paragraph.value);
  for (const family of [...NUMBERED, ...(dashLed ? UNNUMBERED : [])]) {
    const start = family.unordered ? at : afterDash;
    const match = family.pattern.exec(paragraph.value.slice(start, sentenceEnd));
    const ordinal = match ? family.ordinal(match) : null;
    if (!match || ordinal === null || ordinal === 0) continue;
    const marker = match[0].trimEnd();
    let textStart = start + match[0].length;
    while (textStart < sentenceEnd && /[\s，,、]/u.test(paragraph.value[textStart]!)) textStart++;
    const clause = paragraph.value.slice(textStart);
    const stop = clause.search(HEADING_END);
    let textEnd = stop < 0 ? paragraph.value.length : textStart + stop;
    while (textEnd > textStart && /\s/u.test(paragraph.value[textEnd - 1]!)) textEnd--;
    const base = paragraph.offset;
    return {
      family,
      ordinal,
      marker,
      paragraphIndex: paragraph.index,
      position,
      start: base + start,
      textStart: base + textStart,
      textEnd: base + textEnd,
      sentenceStart: base + sentenceStart,
      sentenceEnd: base + sentenceEnd,
    };
  }
  return undefined;
}
