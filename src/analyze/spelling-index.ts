/**
 * Finds the lists of a batch that spell out a formulation's members (the `unnamed` uses of the
 * corpus view) without comparing every list with every formulation, which grew with the square of
 * the batch: items are indexed by their character pairs, only a list with two items or more that
 * share a pair with some member (the least spellsOut accepts) is compared in full, and lists with
 * the same items are compared once. The result is the same as testing every list with spellsOut,
 * in the same order.
 */
import { cleanItem } from './coin.js';
import type { DocumentDigest } from './corpus-view.js';

export interface SpellingList {
  readonly path: string;
  readonly line: number;
  readonly items: readonly string[];
}

/** A string as members are compared: cleaned of quotes and punctuation, and its character pairs. */
export interface Cleaned {
  readonly text: string;
  readonly pairs: readonly string[];
}

export function cleanForMatching(s: string): Cleaned {
  const text = cleanItem(s);
  return { text, pairs: Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)) };
}

/** Two spellings of one member: one contains the other, or they share most character pairs (Dice ≥ 0.5). */
export function sameCleaned(x: Cleaned, y: Cleaned): boolean {
  if (!x.text || !y.text) return false;
  if (x.text.includes(y.text) || y.text.includes(x.text)) return true;
  const pool = [...y.pairs];
  let shared = 0;
  for (const pair of x.pairs) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (x.pairs.length + y.pairs.length) >= 0.5;
}

export class SpellingIndex {
  private readonly lists: SpellingList[] = [];
  /** Lists with the same items (speeches repeat each other's parallel runs), compared once. */
  private readonly distinct: { readonly items: readonly Cleaned[]; readonly lists: number[] }[] = [];
  /** Character pair → the distinct lists (and item) having it; one-character items under their character. */
  private readonly postings = new Map<string, { list: number; item: number }[]>();
  private readonly cache = new Map<string, Cleaned>();

  constructor(digests: readonly DocumentDigest[]) {
    const byItems = new Map<string, number>();
    for (const digest of digests) {
      for (const list of digest.lists) {
        const id = this.lists.push({ path: digest.path, ...list }) - 1;
        const key = list.items.join('\n');
        const known = byItems.get(key);
        if (known !== undefined) {
          this.distinct[known]!.lists.push(id);
          continue;
        }
        const items = list.items.map((item) => this.clean(item));
        const d = this.distinct.push({ items, lists: [id] }) - 1;
        byItems.set(key, d);
        items.forEach((item, k) => {
          const keys = item.text.length === 1 ? [item.text] : item.pairs;
          for (const pair of new Set(keys)) this.post(pair, d, k);
        });
      }
    }
  }

  /** The lists outside the documents `except` that spell out `members`, in batch order. */
  spellingOut(members: readonly string[], except: ReadonlySet<string>): SpellingList[] {
    const cleanedMembers = [...new Set(members)].map((m) => this.clean(m)).filter((m) => m.text);
    const matchable = new Map<number, Set<number>>();
    const note = (list: number, item: number): void => {
      const items = matchable.get(list) ?? new Set<number>();
      items.add(item);
      matchable.set(list, items);
    };
    for (const member of cleanedMembers) {
      if (member.text.length === 1) {
        // A one-character member matches any item containing it: rare enough to look at every item.
        this.distinct.forEach((d, list) => d.items.forEach((item, k) => item.text.includes(member.text) && note(list, k)));
        continue;
      }
      for (const key of [...member.pairs, ...member.text]) for (const hit of this.postings.get(key) ?? []) note(hit.list, hit.item);
    }
    const found: number[] = [];
    for (const [d, items] of matchable) {
      if (items.size >= 2 && this.spellsOut(this.distinct[d]!.items, members)) found.push(...this.distinct[d]!.lists);
    }
    return found
      .filter((list) => !except.has(this.lists[list]!.path))
      .sort((a, b) => a - b)
      .map((list) => this.lists[list]!);
  }

  /** A list spells out members when two of its items or more are members, and most of them are. */
  private spellsOut(items: readonly Cleaned[], members: readonly string[]): boolean {
    const cleanedMembers = members.map((m) => this.clean(m));
    const hits = items.filter((item) => cleanedMembers.some((m) => sameCleaned(item, m))).length;
    return hits >= 2 && hits * 2 >= Math.min(items.length, members.length);
  }

  private clean(s: string): Cleaned {
    let cleaned = this.cache.get(s);
    if (!cleaned) {
      cleaned = cleanForMatching(s);
      this.cache.set(s, cleaned);
    }
    return cleaned;
  }

  private post(key: string, list: number, item: number): void {
    const hits = this.postings.get(key);
    if (hits) hits.push({ list, item });
    else this.postings.set(key, [{ list, item }]);
  }
}
