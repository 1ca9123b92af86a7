/**
 * TF-IDF keywords of a speech: words from the segmenter, the genre's stop words left out, each
 * weighed by its frequency here times its IDF. The pieces of a formulation are joined after the cut
 * so that 两个维护 or 五量 count as one word.
 */
import type { IdfTable } from './idf-table.js';
import { STOP_WORDS } from './stop-words.js';
import { compareChinese } from '../../text/compare-chinese.js';
import { isKeywordCandidate } from './keyword-candidate.js';
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

/**
 * Paragraphs as one text to cut in one call. The segmenter cuts at every line break, so the words
 * are those of the paragraphs cut one by one, with a line break between (never a keyword, and no
 * term is joined across it).
 */
export const joinParagraphs = (paragraphs: readonly string[]): string => paragraphs.join('\n');

/** The keywords among `words`, the cut of a speech (see joinParagraphs). */
export function keywordsOfWords(words: readonly string[], idf: IdfTable, options: KeywordOptions = {}): Keyword[] {
  const whole = wholeTerms(options.keepWhole ?? []);
  // Each word seen, with a counter object, or null when it is no keyword: a word seen before costs
  // one Map lookup, whatever it is.
  const counts = new Map<string, { count: number } | null>();
  let total = 0;
  for (const word of keepWhole(words, whole)) {
    // One code unit is one character, never a keyword: punctuation and 的 cost no lookup at all.
    if (word.length < 2) continue;
    const counter = counts.get(word);
    if (counter === null) continue;
    if (counter) counter.count++;
    else if (STOP_WORDS.has(word) || !isKeywordCandidate(word)) {
      counts.set(word, null);
      continue;
    } else counts.set(word, { count: 1 });
    total++;
  }
  const keywords: Keyword[] = [];
  for (const [word, counter] of counts) {
    if (counter) keywords.push({ word, count: counter.count, weight: Math.round((counter.count / total) * idf.idf(word) * 1000) / 1000 });
  }
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
