/**
 * Members that are the speech's own parallel sections: 五量 in a speech whose five parts open with
 * 从…中汲取前行力量 / 从…中把准评价分量 / …; 三个转变 announced in a heading whose three sub-items
 * spell them out. With an outline the sections are its sibling items; without one, runs of
 * consecutive paragraphs whose lead clauses end in the term's head.
 */
import { itemsShareMorpheme } from '../../coin.js';
import type { OutlineItem } from '../../types.js';
import type { FoundMembers, TermAt } from './found-members.js';
import { closesClause } from './members-enumeration.js';
import { makeItem, type Item } from './list-items.js';
import { memberPhrases } from './member-phrase.js';
import { leadClauseOf } from './paragraph-cache.js';

/** Consecutive paragraphs after the first use whose lead clauses end in `head`, exactly n of them. */
function paragraphRuns(paragraphs: readonly string[], after: number, n: number, heads: readonly string[]): Item[] | null {
  for (const head of heads) {
    let run: Item[] = [];
    for (let p = after + 1; p <= paragraphs.length; p++) {
      const lead = p < paragraphs.length ? leadClauseOf(paragraphs, p) : null;
      if (lead && lead.text.length > head.length && lead.text.endsWith(head)) {
        run.push(lead);
        continue;
      }
      if (run.length === n) return run;
      run = [];
    }
  }
  return null;
}

interface SectionGroup {
  readonly parent: OutlineItem | null;
  readonly items: readonly OutlineItem[];
}

const groupsByOutline = new WeakMap<readonly OutlineItem[], SectionGroup[]>();

/** Sibling groups of an outline: the top level, and the children of each item that has some. */
function outlineGroups(outline: readonly OutlineItem[]): SectionGroup[] {
  const cached = groupsByOutline.get(outline);
  if (cached) return cached;
  const groups: SectionGroup[] = [{ parent: null, items: outline }];
  const walk = (item: OutlineItem): void => {
    if (item.children.length) groups.push({ parent: item, items: item.children });
    item.children.forEach(walk);
  };
  outline.forEach(walk);
  groupsByOutline.set(outline, groups);
  return groups;
}

function outlineItem(paragraphs: readonly string[], item: OutlineItem): Item {
  const text = paragraphs[item.paragraph] ?? '';
  const at = Math.max(0, text.indexOf(item.text));
  return makeItem(text, item.paragraph, at, at + item.text.length);
}

/** Sibling sections that realize the term: n of them, sharing its head or announced by it just before. */
function fromOutline(paragraphs: readonly string[], outline: readonly OutlineItem[], uses: readonly TermAt[], n: number, heads: readonly string[]): Item[] | null {
  for (const { parent, items } of outlineGroups(outline)) {
    if (items.length !== n) continue;
    const texts = items.map((it) => it.text);
    const first = items[0]!.paragraph;
    const announced = uses.some(
      (u) => u.paragraph < first && (parent === null || u.paragraph >= parent.paragraph) && closesClause(paragraphs[u.paragraph]!, u.end),
    );
    const shares = heads.some((h) => itemsShareMorpheme(texts, h));
    if (shares || (announced && parent !== null)) return items.map((it) => outlineItem(paragraphs, it));
  }
  return null;
}

export function membersSections(
  paragraphs: readonly string[],
  uses: readonly TermAt[],
  n: number | null,
  heads: readonly string[],
  outline?: readonly OutlineItem[],
): FoundMembers | null {
  if (n === null || n < 2 || uses.length === 0) return null;
  const items = (outline && fromOutline(paragraphs, outline, uses, n, heads)) ?? paragraphRuns(paragraphs, uses[0]!.paragraph, n, heads);
  return items ? { strategy: 'sections', items: memberPhrases(items, heads) } : null;
}
