/** How formulations and their members are named in reports. */
import type { MemberStrategy, StandardMembers } from '../analyze/formulations/types.js';

export const STRATEGY_LABELS: Readonly<Record<MemberStrategy, string>> = {
  'list-before': '前文列举',
  'list-after': '后文说明',
  enumeration: '逐条展开',
  'clauses-after': '后文分句展开',
  sections: '分部分展开',
  'shared-morpheme': '同语素列举',
};

/** 统领融合、支撑融合 …; members that hold 、 or ， themselves are separated by ；. */
export function joinMembers(members: readonly string[]): string {
  return members.join(members.some((m) => /[、，]/.test(m)) ? '；' : '、');
}

/**
 * The members as a report shows them, with how they were found; for a term the text does not spell
 * out, what a well-known formulation usually stands for, marked as such.
 */
export function describeMembers(members: readonly string[] | null, strategy: MemberStrategy | null, standard?: StandardMembers | null): string {
  if (members && strategy) return `${joinMembers(members)}（${STRATEGY_LABELS[strategy]}）`;
  return standard ? `（文中未展开；常用提法，通常指：${joinMembers(standard.members)}）` : '（文中未展开）';
}
