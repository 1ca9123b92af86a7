/**
 * Parallel runs (排比) as rhetorical devices: three or more clauses of one sentence that share a
 * lead or a tail (一起谋划、一起部署、一起落实、一起检查; 聚人心、稳人心、暖人心), and compact runs
 * inside one clause where a character leads each pair (见速见力见效, 落地落实落小).
 */
import { commonPrefix, commonSuffix } from '../coin.js';
import { fitItems, splitItems, type Item } from '../formulations/members/list-items.js';
import type { SpeechText } from '../formulations/speech-text.js';
import type { ParallelRun } from './types.js';

const MIN_ITEMS = 3;
/** A one-character lead or tail this common shows no parallelism (的, 是, 和 …). */
const WEAK_SHARED = new Set([...'的了和与及等是也都还中上下一在']);
const COMPACT = /(\p{Script=Han})(?!\1)\p{Script=Han}(?:\1(?!\1)\p{Script=Han}){2,}/gu;

interface Shared {
  readonly text: string;
  readonly position: 'lead' | 'tail';
}

function sharedPart(texts: readonly string[]): Shared | null {
  const lengths = texts.map((t) => t.length);
  if (Math.max(...lengths) > 2 * Math.min(...lengths) + 2 || Math.max(...lengths) > 24) return null;
  const least = Math.max(...lengths) <= 6 ? 1 : 2;
  const options: Shared[] = [
    { text: commonPrefix(texts), position: 'lead' },
    { text: commonSuffix(texts), position: 'tail' },
  ];
  const fit = options
    .filter((o) => o.text.length >= least && !(o.text.length === 1 && WEAK_SHARED.has(o.text)))
    .filter((o) => texts.every((t) => t.length > o.text.length))
    .sort((a, b) => b.text.length - a.text.length);
  return fit[0] ?? null;
}

function clauseRuns(text: string, paragraph: number): { items: Item[]; shared: Shared }[] {
  const clauses = splitItems(text, paragraph, 0, text.length, /[、，；。！？：]/);
  // Sentence number of each clause, counted once.
  const sentence: number[] = [];
  let ends = 0;
  let scanned = 0;
  for (const clause of clauses) {
    for (; scanned < clause.start; scanned++) if (/[。！？]/.test(text[scanned]!)) ends++;
    sentence.push(ends);
  }
  const runs: { items: Item[]; shared: Shared }[] = [];
  const texts = clauses.map((c) => c.text);
  for (let i = 0; i + MIN_ITEMS <= clauses.length; ) {
    // The longest stretch after clause i, in its sentence, whose clauses share a lead or a tail.
    let end = i + 1;
    let shared: Shared | null = null;
    while (end < clauses.length && sentence[end] === sentence[i]) {
      const next = end + 1 - (i + 1) >= 2 ? sharedPart(texts.slice(i + 1, end + 1)) : ({ text: '', position: 'lead' } as Shared);
      if (!next) break;
      shared = next;
      end++;
    }
    if (shared && end - (i + 1) >= 2) {
      // Clause i joins when, its lead-in cut (要做到明责 → 明责), it shares the part too.
      const withFirst = fitItems(clauses.slice(i, end), null);
      const sharedWithFirst = withFirst.length === end - i ? sharedPart(withFirst.map((c) => c.text)) : null;
      if (sharedWithFirst) {
        runs.push({ items: withFirst, shared: sharedWithFirst });
        i = end;
        continue;
      }
      if (end - (i + 1) >= MIN_ITEMS) {
        runs.push({ items: fitItems(clauses.slice(i + 1, end), null), shared });
        i = end;
        continue;
      }
    }
    i++;
  }
  return runs;
}

export function findParallelRuns(text: SpeechText): ParallelRun[] {
  const runs: ParallelRun[] = [];
  text.paragraphs.forEach((value, paragraph) => {
    for (const { items, shared } of clauseRuns(value, paragraph)) {
      const place = text.place(paragraph, items[0]!.start, items[items.length - 1]!.end);
      runs.push({ items: items.map((it) => it.text), shared: shared.text, position: shared.position, form: 'clauses', place });
    }
    for (const m of value.matchAll(COMPACT)) {
      if (WEAK_SHARED.has(m[1]!)) continue;
      const items = m[0].match(/../gu) ?? [];
      const place = text.place(paragraph, m.index, m.index + m[0].length);
      runs.push({ items, shared: m[1]!, position: 'lead', form: 'compact', place });
    }
  });
  return runs.sort((a, b) => a.place.span.start - b.place.span.start);
}
