import type { Paragraph, Speech } from '../../model.js';
import { paragraphAt } from '../speech-text.js';
import { countHan } from '../../text/han.js';
import { unmarkedHeading, type Heading } from './heading.js';
import { STARTS_WITH_MARKER } from './any-marker.js';

/** A lead sentence this short reads as the heading of its paragraph (从百年党史中汲取前行力量，始终保持…). */
const MAX_LEAD_HAN = 40;
/** The closing words of a speech open with the salutation; they are not a section. */
const CLOSING = /^(?:同志们|各位|最后)/u;
const HEADING_END = /[。！？；：!?;:]/u;
/** Quotes and punctuation do not count when a member is looked for in a lead. */
const squeeze = (s: string): string => s.replace(/[\s“”"‘’「」『』《》、，,。：:；;！？!?]/gu, '');

export interface Region {
  readonly start: number;
  readonly end: number;
}

/**
 * Parallel unmarked paragraphs that realize an announcement, as implicit headings:
 * - when the announcement lists its members (做好“汲取前行力量、…、汇聚先锋能量”这篇“五量”答卷), the
 *   paragraphs whose lead sentence contains them, in order;
 * - otherwise the paragraphs right after the announcement that each open with a short lead sentence
 *   followed by an elaboration (在这方面我们着重抓了四个方面的工作 → 坚持抓理论教育。…).
 * Returns [] when fewer than two such paragraphs are found.
 */
export function findImplicitSections(speech: Speech, region: Region, members?: readonly string[]): Heading[] {
  // Only the region's paragraphs are visited (found by binary search): this runs once per
  // announcement, so a scan of the whole speech would make long files quadratic.
  const all = speech.paragraphs;
  const before = paragraphAt(speech, region.start);
  const first = before === undefined ? 0 : before.offset >= region.start ? before.index : before.index + 1;
  const paragraphs: Paragraph[] = [];
  for (let i = first; i < all.length && all[i]!.offset < region.end; i++) {
    if (all[i] !== speech.title && !startsWithMarker(all[i]!)) paragraphs.push(all[i]!);
  }
  const found = members && members.length >= 2 ? byMembers(paragraphs, members) : byLeadShape(paragraphs, first);
  return found.length >= 2 ? found.map(implicitHeading) : [];
}

function byMembers(paragraphs: readonly Paragraph[], members: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  // Each lead is squeezed once, when first looked at: every member searches the paragraphs again.
  const leads: string[] = [];
  const leadOf = (k: number): string => (leads[k] ??= squeeze(paragraphs[k]!.sentences[0]?.value ?? ''));
  let from = 0;
  for (const member of members.map(squeeze)) {
    const i = paragraphs.findIndex((_, k) => k >= from && leadOf(k).includes(member));
    if (i < 0) continue;
    out.push(paragraphs[i]!);
    from = i + 1;
  }
  return out.length * 2 >= members.length ? out : [];
}

/**
 * Consecutive paragraphs from the start of the region (the paragraph numbered `first`), each led by
 * a short sentence with more to follow.
 */
function byLeadShape(paragraphs: readonly Paragraph[], first: number): Paragraph[] {
  const out: Paragraph[] = [];
  let expected = first;
  for (const p of paragraphs) {
    const lead = p.sentences[0]?.value ?? '';
    if (p.index !== expected || p.sentences.length < 2 || countHan(lead) > MAX_LEAD_HAN || CLOSING.test(p.value)) break;
    out.push(p);
    expected++;
  }
  return out;
}

const startsWithMarker = (p: Paragraph): boolean => STARTS_WITH_MARKER.test(p.value);

function implicitHeading(p: Paragraph): Heading {
  const lead = p.sentences[0]!;
  const stop = p.value.search(HEADING_END);
  return unmarkedHeading(p, stop < 0 ? p.value.length : stop, lead.offsetInParagraph + lead.value.length);
}
