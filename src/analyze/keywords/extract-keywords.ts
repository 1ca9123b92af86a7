/**
 * TF-IDF keywords of a speech: words from the segmenter, the genre's stop words left out, each
 * weighed by its frequency here times its IDF. The pieces of a formulation are joined after the cut
 * so that 两个维护 or 五量 count as one word.
 */
import type { Segmenter } from '../../segment/segmenter.js';
import type { IdfTable } from './idf-table.js';
import { STOP_WORDS } from './stop-words.js';
import { compareChinese } from '../../text/compare-chinese.js';
import { keepWhole, wholeTerms } from './keep-whole.js';

export interface Keyword {
  readonly word: string;
  /** tf × idf, three decimals. */
  readonly weight: number;
  readonly count: number;
}

export interface KeywordOptions {
  /** How many (default 10). */
  readonly top?: number;
  /** Words that must stay whole: the speech's formulations. */
  readonly keepWhole?: readonly string[];
}

export const DEFAULT_KEYWORD_COUNT = 10;

/** A keyword has two or more characters, at least one Han, and is not a number. */
const CANDIDATE = /^(?=.*\p{Script=Han})(?![零〇一二两三四五六七八九十百千万0-9]+$).{2,}$/u;

export function extractKeywords(paragraphs: readonly string[], segmenter: Segmenter, idf: IdfTable, options: KeywordOptions = {}): Keyword[] {
  const whole = wholeTerms(options.keepWhole ?? []);
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of paragraphs) {
    for (const word of keepWhole(segmenter.cut(text), whole)) {
      if (STOP_WORDS.has(word) || !CANDIDATE.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
  }
  const keywords = [...counts].map(([word, count]) => ({ word, count, weight: Math.round((count / total) * idf.idf(word) * 1000) / 1000 }));
  return firstInOrder(keywords, options.top ?? DEFAULT_KEYWORD_COUNT, (a, b) => b.weight - a.weight || b.count - a.count || compareChinese(a.word, b.word));
}

/**
 * The first `k` of `items` sorted by `compare`, as a stable sort would give them, without sorting
 * them all: a speech has thousands of distinct words and only the first ten are wanted.
 */
function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  for (const item of items) {
    if (first.length === k && compare(item, first[k - 1]!) >= 0) continue;
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > k) first.pop();
  }
  return first;
}
