/**
 * Parallel runs (排比) as rhetorical devices: three or more clauses of one sentence that share a
 * lead or a tail (一起谋划、一起部署、一起落实、一起检查; 聚人心、稳人心、暖人心), and compact runs
 * inside one clause where a character leads each pair (见速见力见效, 落地落实落小).
 */
import { commonPrefix, commonSuffix } from '../coin.js';
import { charClass } from '../../text/char-class.js';
import { fitItems } from '../formulations/members/fit-items.js';
import { sliceItem, splitItems, type Item } from '../formulations/members/list-items.js';
import type { SpeechText } from '../formulations/speech-text.js';
import type { ParallelRun } from './types.js';

const MIN_ITEMS = 3;
/** Items this short may share a single character (聚人心 is not; 弱化、虚化 are). */
const SHORT_ITEM = 4;
/** A one-character lead or tail this common shows no parallelism (的, 是, 和 …). */
const WEAK_SHARED = new Set([...'的了和与及等是也都还中上下一在']);
const COMPACT = /(\p{Script=Han})(?!\1)\p{Script=Han}(?:\1(?!\1)\p{Script=Han}){2,}/gu;
/** COMPACT read at one position only. */
const COMPACT_AT = new RegExp(COMPACT.source, 'uy');
const SURROGATE = /[\uD800-\uDFFF]/;
const isClauseBreak = charClass(/[、，；。！？：]/);
const SENTENCE_END = /[。！？]/g;
const HAS_HAN = /\p{Script=Han}/u;

interface Shared {
  readonly text: string;
  readonly position: 'lead' | 'tail';
}

/** Whether clauses from..to-1 all begin with one character or all end with one: a shared lead or tail needs it. */
function sameFirstOrLast(clauses: readonly Item[], from: number, to: number): boolean {
  const first = clauses[from]!.text;
  const lead = first.charCodeAt(0);
  const tail = first.charCodeAt(first.length - 1);
  let sameLead = true;
  let sameTail = true;
  for (let k = from + 1; k < to && (sameLead || sameTail); k++) {
    const text = clauses[k]!.text;
    sameLead &&= text.charCodeAt(0) === lead;
    sameTail &&= text.charCodeAt(text.length - 1) === tail;
  }
  return sameLead || sameTail;
}

/**
 * The longer of the texts' common lead and common tail that marks a run (the lead when both are as
 * long), null if neither does. Decided without building lists: it runs on every window tested.
 */
function sharedPart(texts: readonly string[]): Shared | null {
  let shortest = Infinity;
  let longest = 0;
  for (const t of texts) {
    if (!t) return null;
    shortest = Math.min(shortest, t.length);
    longest = Math.max(longest, t.length);
  }
  if (longest > 2 * shortest + 2 || longest > 24) return null;
  const least = longest <= 6 ? 1 : 2;
  // Every text must hold more than the shared part.
  const fits = (part: string): boolean =>
    part.length >= least && part.length < shortest && HAS_HAN.test(part) && !(part.length === 1 && WEAK_SHARED.has(part));
  const lead = commonPrefix(texts);
  const tail = commonSuffix(texts);
  const leadFits = fits(lead);
  if (fits(tail) && (!leadFits || tail.length > lead.length)) return { text: tail, position: 'tail' };
  return leadFits ? { text: lead, position: 'lead' } : null;
}

/**
 * Cuts the first and last clause of a window to what its middle clauses share: the first keeps
 * the end that has the shared tail (机关党建要发挥聚人心 → 聚人心), the last ends with it
 * (暖人心作用 → 暖人心); for a shared lead the first starts at it and the last is cut to size.
 */
function fitToMiddle(raw: readonly Item[]): Item[] | null {
  if (raw.length < 3) return null;
  const middle = raw.slice(1, -1).map((c) => c.text);
  const size = Math.max(...middle.map((m) => m.length));
  const first = raw[0]!;
  const last = raw[raw.length - 1]!;
  // Cutting on one shared character would cut almost anywhere: only short items (弱化、虚化、边缘化) may share just one.
  const least = size <= SHORT_ITEM ? 1 : 2;
  const usable = (part: string): boolean => part.length >= least && HAS_HAN.test(part) && !(part.length === 1 && WEAK_SHARED.has(part));
  const lead = middle.length > 1 ? commonPrefix(middle) : '';
  const tail = middle.length > 1 ? commonSuffix(middle) : middle[0]!;
  for (let k = tail.length; k >= least; k--) {
    const part = tail.slice(-k);
    const at = last.text.indexOf(part);
    if (!usable(part) || !first.text.endsWith(part) || at < 0) continue;
    // The first starts where the middle ones do (…机关党建从“抓日常党务”向… → 从…), else as long as they are.
    const from = lead ? first.text.lastIndexOf(lead, first.text.length - part.length) : -1;
    return [sliceItem(first, from >= 0 ? from : Math.max(0, first.text.length - size)), ...raw.slice(1, -1), sliceItem(last, 0, at + k)];
  }
  const leadPart = middle.length > 1 ? lead : middle[0]!;
  for (let k = leadPart.length; k >= least; k--) {
    const part = leadPart.slice(0, k);
    const at = first.text.lastIndexOf(part);
    if (!usable(part) || !last.text.startsWith(part) || at < 0) continue;
    const stop = last.text.slice(k).search(/[的等之和]/);
    return [sliceItem(first, at), ...raw.slice(1, -1), sliceItem(last, 0, stop >= 0 ? k + stop : Math.min(last.text.length, size))];
  }
  return null;
}

/**
 * Cutting keeps a piece of the first and of the last clause: they can share the middle one's first
 * (or last) character after the cut only if both hold it now. A quick test before fitToMiddle and fitItems.
 */
function cutsMayShare(first: string, middle: string, last: string): boolean {
  const holds = (part: string): boolean => first.includes(part) && last.includes(part);
  return holds(middle[0]!) || holds(middle.slice(-1));
}

function clauseRuns(text: string, paragraph: number): { items: Item[]; shared: Shared }[] {
  const clauses = splitItems(text, paragraph, 0, text.length, /[、，；。！？：]/);
  // Sentence number of each clause, counted once.
  const sentence: number[] = [];
  let ends = 0;
  // test with lastIndex, not exec: a sentence mark is one code unit, at lastIndex − 1.
  const nextSentenceEnd = (): number => (SENTENCE_END.test(text) ? SENTENCE_END.lastIndex - 1 : Infinity);
  SENTENCE_END.lastIndex = 0;
  let nextEnd = nextSentenceEnd();
  for (const clause of clauses) {
    for (; nextEnd < clause.start; nextEnd = nextSentenceEnd()) ends++;
    sentence.push(ends);
  }
  // The mark after each clause (its code unit, -1 if none): the items of one run are separated alike (all 、 or all ，).
  const breakAfter = clauses.map((c) => {
    let at = c.end;
    while (at < text.length && !isClauseBreak(text.charCodeAt(at))) at++;
    return at < text.length ? text.charCodeAt(at) : -1;
  });
  const sameBreaks = (from: number, to: number): boolean => {
    for (let k = from + 1; k < to - 1; k++) if (breakAfter[k] !== breakAfter[from]) return false;
    return true;
  };
  const runs: { items: Item[]; shared: Shared }[] = [];
  const texts = (items: readonly Item[]): string[] => items.map((c) => c.text);
  for (let i = 0; i + MIN_ITEMS <= clauses.length; ) {
    let best: { end: number; shared: Shared; items: Item[] } | null = null;
    for (let end = i + MIN_ITEMS; end <= clauses.length && sentence[end - 1] === sentence[i] && sameBreaks(i, end); end++) {
      // Only the first and last clauses get cut, so a shared part ends the middle one where the first ends,
      // or starts it where the last starts: a quick test before cutting.
      const first = clauses[i]!.text;
      const middle = clauses[i + 1]!.text;
      const last = clauses[end - 1]!.text;
      const mayShare = first.charCodeAt(first.length - 1) === middle.charCodeAt(middle.length - 1) || last.charCodeAt(0) === middle.charCodeAt(0);
      // Most windows share nothing as they stand and cannot be cut to: tested before building them.
      if (!mayShare && !sameFirstOrLast(clauses, i, end)) break;
      const raw = clauses.slice(i, end);
      let items = raw;
      let shared = sharedPart(texts(raw));
      if (!shared && mayShare && cutsMayShare(first, middle, last)) {
        // The first clause may carry a lead-in (要做到明责) and the last run on (暖人心作用).
        items = fitToMiddle(raw) ?? fitItems(raw, null);
        shared = items.length === raw.length ? sharedPart(texts(items)) : null;
      }
      if (!shared) break;
      best = { end, shared, items };
      if (items[items.length - 1]!.text !== raw[raw.length - 1]!.text) break; // a cut last clause closes the run
    }
    if (best) {
      const fitted = fitItems(best.items, null);
      const sharedFitted = fitted.length === best.items.length ? sharedPart(texts(fitted)) : null;
      runs.push(sharedFitted ? { items: fitted, shared: sharedFitted } : { items: best.items, shared: best.shared });
      i = best.end;
    } else i++;
  }
  return runs;
}

/**
 * The matches of COMPACT in a paragraph, as matchAll finds them. Without surrogate pairs a match
 * at i has one character at i, i + 2 and i + 4, different ones at i + 1 and i + 3: only such
 * positions are handed to the regex.
 */
function* compactMatches(text: string): Generator<RegExpExecArray> {
  if (SURROGATE.test(text)) {
    yield* text.matchAll(COMPACT);
    return;
  }
  for (let i = 0; i + 5 < text.length; ) {
    const lead = text.charCodeAt(i);
    if (text.charCodeAt(i + 2) !== lead || text.charCodeAt(i + 4) !== lead || text.charCodeAt(i + 1) === lead || text.charCodeAt(i + 3) === lead) {
      i++;
      continue;
    }
    COMPACT_AT.lastIndex = i;
    const m = COMPACT_AT.exec(text);
    if (!m) {
      i++;
      continue;
    }
    yield m;
    i = m.index + m[0].length;
  }
}

export function findParallelRuns(text: SpeechText): ParallelRun[] {
  const runs: ParallelRun[] = [];
  text.paragraphs.forEach((value, paragraph) => {
    for (const { items, shared } of clauseRuns(value, paragraph)) {
      const place = text.place(paragraph, items[0]!.start, items[items.length - 1]!.end);
      runs.push({ items: items.map((it) => it.text), shared: shared.text, position: shared.position, form: 'clauses', place });
    }
    for (const m of compactMatches(value)) {
      if (WEAK_SHARED.has(m[1]!)) continue;
      const items = m[0].match(/../gu) ?? [];
      const place = text.place(paragraph, m.index, m.index + m[0].length);
      runs.push({ items, shared: m[1]!, position: 'lead', form: 'compact', place });
    }
  });
  return runs.sort((a, b) => a.place.span.start - b.place.span.start);
}
