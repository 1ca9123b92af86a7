/** A part of a speech that gets its own share of the length (开场, 回顾成绩, the points, 结束语). */
export interface BudgetPart {
  readonly id: string;
  readonly label: string;
  /** Fraction of the whole speech, 0–1; a template's shares add up to 1. */
  readonly share: number;
}

export interface PartBudget {
  readonly id: string;
  readonly label: string;
  readonly chars: number;
}

export interface LengthBudget {
  readonly minutes: number;
  /** Speaking rate, characters per minute. */
  readonly rate: number;
  readonly total: number;
  readonly parts: readonly PartBudget[];
  /** The same parts by id, for templates: budget.chars.review. */
  readonly chars: Readonly<Record<string, number>>;
}

/** Common speaking rate of a 讲话 read from the page, characters per minute. */
export const DEFAULT_SPEAKING_RATE = 180;

/** Budgets are hints: rounded to tens, as a writer would state them. */
const roundToTens = (n: number): number => Math.max(10, Math.round(n / 10) * 10);

/** How many characters the whole speech and each part should get: minutes × rate, split by share. */
export function planLengthBudget(minutes: number, rate: number, parts: readonly BudgetPart[]): LengthBudget {
  const total = Math.round(minutes * rate);
  const partBudgets = parts.map((p) => ({ id: p.id, label: p.label, chars: roundToTens(total * p.share) }));
  return {
    minutes,
    rate,
    total,
    parts: partBudgets,
    chars: Object.fromEntries(partBudgets.map((p) => [p.id, p.chars])),
  };
}

/**
 * Splits a part's characters among items in proportion to their weights, rounded down to tens so
 * the items never add up to more than the part.
 */
export function splitChars(chars: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? Math.max(10, Math.floor((chars * w) / sum / 10) * 10) : 0));
}
