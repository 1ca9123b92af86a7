import { toChineseCount } from './chinese-numerals.js';

export interface AnnouncementWording {
  /** The verb before the count: 讲 (default), 谈, 强调. */
  readonly verb?: string;
  /** Classifier and noun after the count: 点意见 (default), 点看法, 点要求. */
  readonly unit?: string;
}

/**
 * The phrase that announces how many points follow, computed from the points so the count always
 * matches: 4 → 讲四点意见 (as in “下面，我讲四点意见。”), 2 with 谈/点看法 → 谈两点看法.
 */
export function announcePoints(count: number, wording: AnnouncementWording = {}): string {
  return `${wording.verb ?? '讲'}${toChineseCount(count)}${wording.unit ?? '点意见'}`;
}
