/**
 * What the member strategies read from every paragraph (enumeration markers, inline lists, lead clauses),
 * computed once per speech: the strategies run for each term and each use.
 */
import { charClass } from '../../../text/char-class.js';
import { markerSites, type MarkerSite } from './enumeration-markers.js';
import { makeItem, splitItems, type Item } from './list-items.js';

interface Cache {
  readonly sites: (MarkerSite[] | undefined)[];
  readonly lists: (Item[][] | undefined)[];
  readonly leads: (Item | undefined)[];
}

/** The marks that end the clauses a 、-list is read from. */
const isClauseMark = charClass(/[，。；：！？（）()]/);

const caches = new WeakMap<readonly string[], Cache>();

function cacheOf(paragraphs: readonly string[]): Cache {
  let cache = caches.get(paragraphs);
  if (!cache) {
    cache = { sites: [], lists: [], leads: [] };
    caches.set(paragraphs, cache);
  }
  return cache;
}

/** Enumeration markers of paragraph p. */
export function sitesOf(paragraphs: readonly string[], p: number): readonly MarkerSite[] {
  const cache = cacheOf(paragraphs);
  return (cache.sites[p] ??= markerSites(paragraphs[p]!, p));
}

/** The 、-lists of paragraph p, one per clause that has one. */
export function listsOf(paragraphs: readonly string[], p: number): readonly (readonly Item[])[] {
  const cache = cacheOf(paragraphs);
  if (!cache.lists[p]) {
    // Only the clauses that hold a 、 are read: found from each 、 back and forth to the clause marks.
    const text = paragraphs[p]!;
    const lists: Item[][] = [];
    for (let at = text.indexOf('、'); at >= 0; ) {
      let start = at;
      while (start > 0 && !isClauseMark(text.charCodeAt(start - 1))) start--;
      let end = at;
      while (end < text.length && !isClauseMark(text.charCodeAt(end))) end++;
      const clause = makeItem(text, p, start, end);
      lists.push(splitItems(text, p, clause.start, clause.end, /、/));
      at = text.indexOf('、', end);
    }
    cache.lists[p] = lists;
  }
  return cache.lists[p]!;
}

const LEAD_CLAUSE_END = /[，。；：！？]/;

/** The first clause of paragraph p: up to its first comma or sentence mark. */
export function leadClauseOf(paragraphs: readonly string[], p: number): Item {
  const cache = cacheOf(paragraphs);
  if (!cache.leads[p]) {
    const text = paragraphs[p]!;
    const end = text.search(LEAD_CLAUSE_END);
    cache.leads[p] = makeItem(text, p, 0, end < 0 ? text.length : end);
  }
  return cache.leads[p]!;
}
