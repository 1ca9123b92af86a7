/**
 * Shortcuts taken for speed must give exactly what the plain definition gives. Each test compares a
 * fast path with the straightforward computation it replaced, on the seed speeches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { analysisDigest, sameMember, type DocumentDigest } from '../../src/analyze/corpus-view.js';
import { SpellingIndex } from '../../src/analyze/spelling-index.js';
import { countHan } from '../../src/text/han.js';
import { sourceFromText } from '../helpers/source.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const seeds = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }));

describe('SpellingIndex', () => {
  const digests: DocumentDigest[] = seeds.map(({ name, text }) => analysisDigest(analyzeSource(sourceFromText(text, name))));
  const allLists = digests.flatMap((d) => d.lists.map((list) => ({ path: d.path, ...list })));

  /** The definition: every list of the other documents, with two items or more (and most) matching a member. */
  const bruteForce = (members: readonly string[], except: ReadonlySet<string>) =>
    allLists.filter((list) => {
      if (except.has(list.path)) return false;
      const hits = list.items.filter((item) => members.some((m) => sameMember(item, m))).length;
      return hits >= 2 && hits * 2 >= Math.min(list.items.length, members.length);
    });

  it('finds the same lists as comparing every list, for the members of every list of the seeds', () => {
    const index = new SpellingIndex(digests);
    expect(allLists.length).toBeGreaterThan(10);
    let found = 0;
    for (const list of allLists) {
      for (const except of [new Set<string>(), new Set([list.path])]) {
        const fast = index.spellingOut(list.items, except);
        expect(fast).toEqual(bruteForce(list.items, except));
        found += fast.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('matches one-character members and items as sameMember does', () => {
    const digest: DocumentDigest = { path: '一.txt', formulations: [], lists: [{ line: 3, items: ['严', '实', '严以修身'] }] };
    const index = new SpellingIndex([digest]);
    expect(index.spellingOut(['严', '实'], new Set())).toEqual([{ path: '一.txt', line: 3, items: ['严', '实', '严以修身'] }]);
    expect(index.spellingOut(['严以用权', '谋事要实'], new Set())).toEqual([{ path: '一.txt', line: 3, items: ['严', '实', '严以修身'] }]);
  });
});

describe('countHan', () => {
  /** The definition: Han characters as the Unicode property counts them. */
  const byRegex = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;

  it('counts as the Unicode Han property does: every code point up to U+2FFFF, the seeds, broken surrogates', () => {
    const samples = seeds.flatMap(({ text }) => text.split('\n'));
    for (let cp = 0; cp < 0x30000; cp++) if (cp < 0xd800 || cp > 0xdfff) samples.push(String.fromCodePoint(cp));
    samples.push('\ud840𠀀', '\ud840\ud840中', 'x\udc00y', '〇々〆⺀⼀〡');
    const wrong = samples.filter((text) => countHan(text) !== byRegex(text));
    expect(wrong).toEqual([]);
    expect(countHan('同志们：今天，我们召开会议。')).toBe(11);
  });
});
