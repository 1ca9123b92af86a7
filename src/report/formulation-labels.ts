/** How formulations and their members are named in reports. */
import type { MemberStrategy } from '../analyze/formulations/types.js';

export const STRATEGY_LABELS: Readonly<Record<MemberStrategy, string>> = {
  'list-before': '前文列举',
  'list-after': '后文说明',
  enumeration: '逐条展开',
  sections: '分部分展开',
  'shared-morpheme': '同语素列举',
  lexicon: '常用提法，文中未展开',
};

/** 统领融合、支撑融合 …; members that hold 、 or ， themselves are separated by ；. */
export function joinMembers(members: readonly string[]): string {
  return members.join(members.some((m) => /[、，]/.test(m)) ? '；' : '、');
}

/** The members as a report shows them, with how they were found. */
export function describeMembers(members: readonly string[] | null, strategy: MemberStrategy | null): string {
  if (!members || !strategy) return '（文中未展开）';
  return `${joinMembers(members)}（${STRATEGY_LABELS[strategy]}）`;
}
