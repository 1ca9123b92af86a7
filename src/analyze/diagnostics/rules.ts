import type { Diagnostic, Severity, Span } from '../../model.js';

/**
 * The analysis's diagnostic rules: stable ids, severities and what each catches, with a real case.
 * Severities are chosen so that a clean speech gives no error: an error is a fault in the skeleton
 * (a gap, a repeat, a count that does not add up); a warning is worth a look; info is a remark.
 */
export interface Rule {
  readonly severity: Severity;
  readonly description: string;
  readonly example: string;
}

export const RULES = {
  'outline/numbering-gap': {
    severity: 'error',
    description: '标题编号跳号',
    example: '一、认清形势… 三、改革创新…（删去了“二、”一节）',
  },
  'outline/numbering-repeat': {
    severity: 'error',
    description: '标题编号重复',
    example: '二、准确把握工作方向… 二、注重全面统筹结合…',
  },
  'outline/numbering-disorder': {
    severity: 'error',
    description: '标题编号顺序颠倒',
    example: '一、… 三、… 二、…',
  },
  'outline/level-misuse': {
    severity: 'warning',
    description: '层级序数用反（公文层级依次为 一、（一）1.（1））',
    example: '1.作评价。 (一)言会。（“（一）”在“1.”之下）',
  },
  'outline/mixed-families': {
    severity: 'warning',
    description: '同一层级混用不同序号',
    example: '一、… 二、… （三）…',
  },
  'announced/count-mismatch': {
    severity: 'error',
    description: '宣布的数目与后文不符',
    example: '讲五点意见：第一，… 第二，… 第四，… 第五，…（只有四点）',
  },
  'announced/items-not-found': {
    severity: 'info',
    description: '宣布了数目，但后文没有对应的内容',
    example: 'x书记……提出了三点明确要求（转述他人讲话，三点不在本文中）',
  },
  'text/placeholder': {
    severity: 'warning',
    description: '模板或脱敏占位符未替换',
    example: '今天，我们在这里召开全市机关党的建设工作会议，x书记亲自到会。',
  },
  'text/empty-quotes': {
    severity: 'warning',
    description: '引号内为空，可能漏了内容',
    example: '先后建立健全了机关党组织的“”、“党员民主生活会”、“民主评议党员”等制度。',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function diagnostic(ruleId: RuleId, message: string, span: Span): Diagnostic {
  return { ruleId, severity: RULES[ruleId].severity, message, span };
}
