import type { Diagnostic } from '../model.js';

/** How many problems of one rule a report lists; `speechkit check` lists them all. */
export const SHOWN_PER_RULE = 5;

export interface LimitedDiagnostics {
  readonly shown: readonly Diagnostic[];
  /** Rule id → how many more of it were left out. */
  readonly hidden: ReadonlyMap<string, number>;
}

/**
 * The first few problems of each rule, so that 200 half-width commas do not bury a numbering gap
 * in the analyze report. Errors are always all shown.
 */
export function limitDiagnostics(diagnostics: readonly Diagnostic[], perRule = SHOWN_PER_RULE): LimitedDiagnostics {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown = diagnostics.filter((d) => {
    const n = (seen.get(d.ruleId) ?? 0) + 1;
    seen.set(d.ruleId, n);
    if (n <= perRule || d.severity === 'error') return true;
    hidden.set(d.ruleId, (hidden.get(d.ruleId) ?? 0) + 1);
    return false;
  });
  return { shown, hidden };
}

/** 另有 195 处 punctuation/half-width 未列出（用 speechkit check 查看全部） */
export function describeHidden(hidden: ReadonlyMap<string, number>): string[] {
  return [...hidden].map(([ruleId, n]) => `另有 ${n} 处 ${ruleId} 未列出（用 speechkit check 查看全部）`);
}
