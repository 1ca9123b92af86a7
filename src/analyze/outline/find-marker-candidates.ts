import type { Paragraph, Speech } from '../../model.js';
import { charClass } from '../../text/char-class.js';
import { anyMarker } from './any-marker.js';
import type { MarkerCandidate, MarkerPosition } from './marker-candidate.js';
import { MARKER_FAMILIES, type MarkerFamily } from './marker-families.js';
import { isSpace } from '../../text/is-space.js';

/** The heading runs up to the first of these (the annotators' rule) or the line end. */
const HEADING_END = /[。！？；：!?;:]/gu;
const HOLDS_SENTENCE = /[。！？；!?;]/u;
const isSpaceOrDash = charClass(/[\s—]/u);
const isSpaceOrPause = charClass(/[\s，,、]/u);
/** The marks after which a clause starts (positionAfter); global, for test with lastIndex. */
const CLAUSE_MARK = /[：:；;，,]/g;
const NUMBERED = MARKER_FAMILIES.filter((f) => !f.unordered);
/** Tried after the numbered families: ——第一， is a 第一， heading. */
const UNNUMBERED = MARKER_FAMILIES.filter((f) => f.unordered);
const NUMBERED_THEN_UNNUMBERED = [...NUMBERED, ...UNNUMBERED];
const ANY_NUMBERED = anyMarker(NUMBERED);
const ANY_UNNUMBERED = anyMarker(UNNUMBERED);
/** Clause starts inside a sentence: after a colon (an enumeration opens), a semicolon or a comma. */
function positionAfter(code: number): MarkerPosition | undefined {
  switch (code) {
    case 0xff1a: // ：
    case 0x3a: // :
      return 'colon';
    case 0xff1b: // ；
    case 0x3b: // ;
      return 'semicolon';
    case 0xff0c: // ，
    case 0x2c: // ,
      return 'comma';
    default:
      return undefined;
  }
}

/** The sentence being searched: [start, end) in its paragraph's value. */
interface SentenceRange {
  readonly paragraph: Paragraph;
  readonly start: number;
  readonly end: number;
}

/**
 * Every heading marker standing at the start of a paragraph, a sentence or a clause (after ：；，).
 * Markers in running text (第一议题, 第一责任人, 首先要 mid-clause) never start there.
 */
export function findMarkerCandidates(speech: Speech): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  for (const paragraph of speech.paragraphs) {
    if (paragraph === speech.title) continue;
    for (const { offsetInParagraph: start, value } of paragraph.sentences) {
      const sentence: SentenceRange = { paragraph, start, end: start + value.length };
      const first = matchMarker(sentence, start, start === 0 ? 'paragraph' : 'sentence');
      if (first) out.push(first);
      // Clause breaks are found by test with lastIndex: the regex skips to them without a match array
      // (a regex iterator per sentence cost more, a loop over every code unit too).
      CLAUSE_MARK.lastIndex = 0;
      while (CLAUSE_MARK.test(value)) {
        const i = CLAUSE_MARK.lastIndex - 1;
        const found = matchMarker(sentence, start + i + 1, positionAfter(value.charCodeAt(i))!);
        if (found) out.push(found);
      }
    }
  }
  return out;
}

function matchMarker(sentence: SentenceRange, at: number, position: MarkerPosition): MarkerCandidate | undefined {
  const { paragraph, end } = sentence;
  const value = paragraph.value;
  let afterDash = at;
  // Some speeches set their points off with a dash: ——第一，开宗明义
  while (afterDash < end && isSpaceOrDash(value.charCodeAt(afterDash))) afterDash++;
  // A dash alone marks a point only at a paragraph start, in running text (not a subtitle ——在…会议上).
  const dashLed = position === 'paragraph' && HOLDS_SENTENCE.test(value);
  // Most clause starts hold no marker: one test of all families at once rules them out.
  const numbered = ANY_NUMBERED.test(value.slice(afterDash, end));
  if (!numbered && !(dashLed && ANY_UNNUMBERED.test(value.slice(at, end)))) return undefined;
  for (const family of dashLed ? NUMBERED_THEN_UNNUMBERED : NUMBERED) {
    const start = family.unordered ? at : afterDash;
    const match = family.pattern.exec(value.slice(start, end));
    const ordinal = match ? family.ordinal(match) : null;
    if (!match || ordinal === null || ordinal === 0) continue;
    return toCandidate(sentence, family, match[0], ordinal, position, start);
  }
  return undefined;
}

function toCandidate(
  sentence: SentenceRange,
  family: MarkerFamily,
  written: string,
  ordinal: number,
  position: MarkerPosition,
  start: number,
): MarkerCandidate {
  const { paragraph, end } = sentence;
  const value = paragraph.value;
  let textStart = start + written.length;
  while (textStart < end && isSpaceOrPause(value.charCodeAt(textStart))) textStart++;
  HEADING_END.lastIndex = textStart;
  const stop = HEADING_END.exec(value);
  let textEnd = stop ? stop.index : value.length;
  while (textEnd > textStart && isSpace(value.charCodeAt(textEnd - 1))) textEnd--;
  const base = paragraph.offset;
  return {
    family,
    ordinal,
    marker: written.trimEnd(),
    paragraphIndex: paragraph.index,
    position,
    start: base + start,
    textStart: base + textStart,
    textEnd: base + textEnd,
    sentenceStart: base + sentence.start,
    sentenceEnd: base + end,
  };
}
