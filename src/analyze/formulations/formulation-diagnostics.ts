/** Diagnostics about formulations: members that do not add up to n, terms never spelled out. */
import type { Diagnostic } from '../../model.js';
import type { Formulation } from './types.js';

export const FORMULATION_RULES = {
  memberCount: 'formulation/member-count',
  unexplained: 'formulation/unexplained',
} as const;

export function formulationDiagnostics(formulations: readonly Formulation[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of formulations) {
    const span = f.occurrences[0]!.span;
    if (f.members && f.strategy !== 'lexicon' && f.n !== null && f.members.length !== f.n) {
      out.push({
        ruleId: FORMULATION_RULES.memberCount,
        severity: 'warning',
        message: `“${f.term}”是${f.n}项，文中展开的却是${f.members.length}项：${f.members.join('、')}`,
        span,
      });
    } else if (!f.members || f.strategy === 'lexicon') {
      out.push({
        ruleId: FORMULATION_RULES.unexplained,
        severity: 'info',
        message: f.members
          ? `“${f.term}”在文中没有展开，其内容通常是：${f.members.join('、')}`
          : `“${f.term}”在文中没有展开说明包括哪些内容`,
        span,
      });
    }
  }
  return out;
}
