import type { Paragraph, Speech } from '../../model.js';
import { countHan } from '../../text/han.js';
import { unmarkedHeading, type Heading } from './heading.js';
import { STARTS_WITH_MARKER } from './any-marker.js';

/** A heading line is short: “十四五”时期工作回顾, 2026年重点工作. */
const MIN_HAN = 4;
const MAX_HAN = 30;
/** A heading line has no clause punctuation; it may quote (“十五五”) and list (、). */
const CLAUSE_PUNCTUATION = /[。！？；：，!?;:,]/u;
/** Body text ends a sentence: 。！？ (and a closing quote or bracket), or a colon that opens what follows. */
const ENDS_SENTENCE = /[。！？!?][”’」』）)]*$/u;
const ENDS_BODY = /(?:[。！？!?][”’」』）)]*|[：:])$/u;
/** The paragraph after a heading line is running text of some length, not a salutation (各位代表！). */
const MIN_BODY_HAN = 12;

/**
 * Unnumbered heading lines: a paragraph that is a short line without clause punctuation, standing
 * between running text before it (so not the title block: title, subtitle, speaker, date) and
 * running text after it. Government work reports set their main parts so (“十四五”时期工作回顾 /
 * “十五五”时期的主要目标任务 / 2026年重点工作). A speech needs two of them for them to be a run of
 * parallel parts; a single such line is as likely a stray caption.
 */
export function findHeadingLines(speech: Speech): Heading[] {
  const all = speech.paragraphs;
  const lines = all.filter(
    (p, i) =>
      p !== speech.title &&
      i > 0 &&
      i + 1 < all.length &&
      isHeadingShape(p) &&
      ENDS_BODY.test(all[i - 1]!.value) &&
      isBody(all[i + 1]!),
  );
  return lines.length >= 2 ? lines.map(lineHeading) : [];
}

function isHeadingShape(p: Paragraph): boolean {
  // Clause punctuation first: it rules out running text at its first comma, before a count of a long paragraph.
  if (CLAUSE_PUNCTUATION.test(p.value)) return false;
  const han = countHan(p.value);
  return han >= MIN_HAN && han <= MAX_HAN && !STARTS_WITH_MARKER.test(p.value) && !p.value.startsWith('—');
}

const isBody = (p: Paragraph): boolean => ENDS_SENTENCE.test(p.value) && countHan(p.value) >= MIN_BODY_HAN;

const lineHeading = (p: Paragraph): Heading => unmarkedHeading(p, p.value.length, p.value.length);
