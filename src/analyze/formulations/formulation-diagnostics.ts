/** Diagnostics about formulations: members that do not add up to n, terms never spelled out. */
import type { Diagnostic, Severity } from '../../model.js';
import type { Formulation } from './types.js';

/** The rules, as in diagnostics/rules.ts: stable ids, severities and what each catches, with a real case. */
export const FORMULATION_RULES = {
  'formulation/member-count': {
    severity: 'warning',
    description: '提法的数目与文中展开的成员数不符',
    example: '具体来说，就是做到“四个融合”。一是…统领融合。二是…支撑融合。四是…强化融合。（少了“三是”）',
  },
  'formulation/unexplained': {
    severity: 'info',
    description: '提法在文中没有展开说明包括哪些内容',
    example: '市委组织开展了以“走门串户、联系群众”为主要内容的“三在”主题实践活动。',
  },
} as const satisfies Record<string, { severity: Severity; description: string; example: string }>;

type FormulationRuleId = keyof typeof FORMULATION_RULES;

const diagnostic = (ruleId: FormulationRuleId, message: string, f: Formulation): Diagnostic => ({
  ruleId,
  severity: FORMULATION_RULES[ruleId].severity,
  message,
  span: f.occurrences[0]!.span,
});

export function formulationDiagnostics(formulations: readonly Formulation[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of formulations) {
    if (f.members && f.n !== null && f.members.length !== f.n) {
      out.push(diagnostic('formulation/member-count', `“${f.term}”是${f.n}项，文中展开的却是${f.members.length}项：${f.members.join('、')}`, f));
    } else if (!f.members) {
      const message = f.standardMembers
        ? `“${f.term}”在文中没有展开，其内容通常是：${f.standardMembers.members.join('、')}`
        : `“${f.term}”在文中没有展开说明包括哪些内容`;
      out.push(diagnostic('formulation/unexplained', message, f));
    }
  }
  return out;
}
