/**
 * Members enumerated after the term's announcement: 做到“四个融合”。一是…统领融合。二是…支撑融合。
 * The run must start right after the term (same paragraph or the next one) with ordinal 1 and
 * belong to it: the term closes its sentence (it is what is announced) or the items share its head.
 */
import { charClass } from '../../../text/char-class.js';
import { itemsShareMorpheme } from '../../coin.js';
import type { FoundMembers, TermAt } from './found-members.js';
import { makeItem, type Item } from './list-items.js';
import { PART_FAMILIES, type MarkerSite } from './enumeration-markers.js';
import { sitesOf } from './paragraph-cache.js';
import { memberPhrases } from './member-phrase.js';

/** How far a run may reach: in paragraphs, and between two items of one paragraph (in characters). */
const REACH = 40;
const ITEM_GAP = 3000;

/** The term ends its sentence or clause: 必须实现“三个转变”。 / 做到“四个融合”： */
export function closesClause(text: string, end: number): boolean {
  let i = end;
  while (/[”"」』]/.test(text[i] ?? '')) i++;
  return i >= text.length || /[。：；！？]/.test(text[i]!);
}

/** The sites after the term, in order: those of its paragraph past it, then the next paragraphs'. */
function* sitesAfter(paragraphs: readonly string[], at: TermAt): Generator<MarkerSite> {
  const own = sitesOf(paragraphs, at.paragraph);
  let lo = 0;
  for (let hi = own.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (own[mid]!.offset < at.end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < own.length; k++) yield own[k]!;
  for (let p = at.paragraph + 1; p < Math.min(paragraphs.length, at.paragraph + REACH); p++) yield* sitesOf(paragraphs, p);
}

function collectRun(sites: Generator<MarkerSite>, first: MarkerSite): MarkerSite[] {
  const run = [first];
  for (const site of sites) {
    const last = run[run.length - 1]!;
    if (site.paragraph === last.paragraph && site.offset - last.offset > ITEM_GAP) break;
    if (site.family === first.family) {
      if (site.ordinal === last.ordinal + 1 || (site.ordinal === 99 && run.length > 1)) run.push(site);
      else break;
      if (site.ordinal === 99) break;
      continue;
    }
    if (site.atParagraphStart && PART_FAMILIES.has(site.family) && !PART_FAMILIES.has(first.family)) break;
    if (site.atParagraphStart && site.family !== first.family && site.paragraph > last.paragraph && !first.atParagraphStart) break;
  }
  return run;
}

const isItemEnd = charClass(/[。！？；：]/);
const isItemComma = charClass(/[，、]/);

/** An item runs to its sentence's end, or to the next marker of an inline run (一要…，二要…). */
function itemOf(paragraphs: readonly string[], site: MarkerSite, next: MarkerSite | undefined): Item {
  const text = paragraphs[site.paragraph]!;
  const limit = next?.paragraph === site.paragraph ? next.offset : text.length;
  let end = site.contentStart;
  while (end < limit && !isItemEnd(text.charCodeAt(end))) end++;
  while (end > site.contentStart && isItemComma(text.charCodeAt(end - 1))) end--;
  return makeItem(text, site.paragraph, site.contentStart, end);
}

/** In its own paragraph the run starts right after the term's sentence (做到“四个融合”。一是…), not sentences later. */
const GAP = 12;
function startsAfterTerm(text: string, at: TermAt, first: MarkerSite): boolean {
  if (first.paragraph !== at.paragraph) return true;
  const gap = text.slice(at.end, first.offset);
  return gap.length <= GAP && (gap.match(/[。！？；：]/g) ?? []).length <= 1;
}

export function membersEnumeration(
  paragraphs: readonly string[],
  at: TermAt,
  n: number | null,
  heads: readonly string[],
): FoundMembers | null {
  const sites = sitesAfter(paragraphs, at);
  const next = sites.next().value;
  if (!next || next.ordinal !== 1) return null;
  if (next.paragraph > at.paragraph + 1 || (next.paragraph === at.paragraph + 1 && !next.atParagraphStart)) return null;
  if (!startsAfterTerm(paragraphs[at.paragraph]!, at, next)) return null;
  const run = collectRun(sites, next);
  if (run.length < 2) return null;
  const items = run.map((site, k) => itemOf(paragraphs, site, run[k + 1]));
  const sharesHead = heads.some((h) => itemsShareMorpheme(items.map((it) => it.text), h));
  // An announced term may be followed by one item more or less than it declares (a diagnostic), not by any run.
  const announced = closesClause(paragraphs[at.paragraph]!, at.end) && (n === null || Math.abs(items.length - n) <= 1);
  if (!sharesHead && !announced) return null;
  return { strategy: 'enumeration', items: memberPhrases(items, heads) };
}
