import type { Diagnostic } from '../model.js';
import type { Edit, MappedText } from '../text/mapped-text.js';

/**
 * One diagnostic per half-width mark made full-width. Per occurrence rather than one summary per
 * file: `speechkit check` lints drafts, and a writer needs the line and column of each mark (and
 * the fix) to correct a draft by hand or in an editor; a report can still count them by rule id.
 */
export const HALF_WIDTH_RULE = 'punctuation/half-width';

export function halfWidthFix(text: MappedText, index: number, fullWidth: string): { edit: Edit; diagnostic: Diagnostic } {
  const halfWidth = text.value[index]!;
  return {
    edit: { start: index, end: index + 1, text: fullWidth },
    diagnostic: {
      ruleId: HALF_WIDTH_RULE,
      severity: 'warning',
      message: `中文里的半角标点“${halfWidth}”应为全角“${fullWidth}”`,
      span: text.toOriginal({ start: index, end: index + 1 }),
      fix: fullWidth,
    },
  };
}
