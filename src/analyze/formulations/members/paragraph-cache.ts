/**
 * What the member strategies read from every paragraph (enumeration markers, inline lists),
 * computed once per speech: the strategies run for each term and each use.
 */
import { markerSites, type MarkerSite } from './enumeration-markers.js';
import { splitItems, type Item } from './list-items.js';

interface Cache {
  readonly sites: (MarkerSite[] | undefined)[];
  readonly lists: (Item[][] | undefined)[];
}

const caches = new WeakMap<readonly string[], Cache>();

function cacheOf(paragraphs: readonly string[]): Cache {
  let cache = caches.get(paragraphs);
  if (!cache) {
    cache = { sites: [], lists: [] };
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
    const text = paragraphs[p]!;
    cache.lists[p] = splitItems(text, p, 0, text.length, /[，。；：！？（）()]/)
      .filter((clause) => clause.text.includes('、'))
      .map((clause) => splitItems(text, p, clause.start, clause.end, /、/));
  }
  return cache.lists[p]!;
}
