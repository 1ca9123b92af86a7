/**
 * Tries the member strategies in order of how directly the text ties the members to the term:
 * a list right after it (即 / ： / （…）), right before it, an enumeration after its announcement,
 * the clauses after its own, the speech's own sections, a list near it sharing its morpheme. The first result with n items
 * wins; failing that, the first result at all (its count is then reported).
 */
import type { OutlineItem } from '../../types.js';
import type { ParsedTerm } from '../parsed-term.js';
import type { FoundMembers, TermAt } from './found-members.js';
import { membersAfter } from './members-after.js';
import { membersBefore } from './members-before.js';
import { membersEnumeration } from './members-enumeration.js';
import { membersInClauses } from './members-clauses.js';
import { membersByMorpheme } from './members-morpheme.js';
import { membersSections } from './members-sections.js';

/**
 * The morphemes a term is coined on: 量 of 五量, 融合 of 四个融合, 在 and 同 of 两在两同; a head
 * without classifier is also coined on its first character (双争活动 on 争, 两新组织 on 新).
 */
export function termHeads(term: ParsedTerm): string[] {
  if (term.form !== 'simple' && term.form !== 'compound') return [];
  const heads = term.parts.map((p) => p.head).filter((h) => h && h !== '位一体');
  if (term.form === 'simple' && !term.parts[0]!.classifier && heads[0] && heads[0].length > 1) heads.push(heads[0][0]!);
  return heads;
}

/** A term is spelled out at one of its first uses, if at all. */
const USES_TRIED = 6;

function* attempts(paragraphs: readonly string[], term: ParsedTerm, uses: readonly TermAt[], outline?: readonly OutlineItem[]): Generator<FoundMembers | null> {
  const heads = termHeads(term);
  for (const use of uses.slice(0, USES_TRIED)) {
    const text = paragraphs[use.paragraph]!;
    yield membersAfter(text, use, term.n, heads);
    yield membersBefore(text, use, term.n, heads);
    yield membersEnumeration(paragraphs, use, term.n, heads);
    yield membersInClauses(text, use, term.n, heads);
  }
  yield membersSections(paragraphs, uses, term.n, heads, outline);
  yield membersByMorpheme(paragraphs, uses, term.n, heads);
}

export function resolveMembers(
  paragraphs: readonly string[],
  term: ParsedTerm,
  uses: readonly TermAt[],
  outline?: readonly OutlineItem[],
): FoundMembers | null {
  if (term.form === 'formula' || term.form === 'code') return null;
  let fallback: FoundMembers | null = null;
  for (const found of attempts(paragraphs, term, uses, outline)) {
    if (!found) continue;
    if (found.items.length === term.n) return found;
    fallback ??= found;
  }
  return fallback;
}

