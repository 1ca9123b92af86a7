import type { Diagnostic } from '../model.js';
import type { Edit, MappedText } from '../text/mapped-text.js';

/**
 * One diagnostic per half-width mark made full-width. Per occurrence rather than one summary per
 * file: `speechkit check` lints drafts, and a writer needs the line and column of each mark (and
 * the fix) to correct a draft by hand or in an editor; a report can still count them by rule id.
 */
export const HALF_WIDTH_RULE = 'punctuation/half-width';

/** One message string per mark and replacement: a file may hold thousands of half-width commas. */
const messages = new Map<string, string>();

function messageFor(halfWidth: string, fullWidth: string): string {
  const key = halfWidth + fullWidth;
  let message = messages.get(key);
  if (message === undefined) {
    message = `中文里的半角标点“${halfWidth}”应为全角“${fullWidth}”`;
    messages.set(key, message);
  }
  return message;
}

export function halfWidthFix(text: MappedText, index: number, fullWidth: string): { edit: Edit; diagnostic: Diagnostic } {
  const halfWidth = text.value[index]!;
  return {
    edit: { start: index, end: index + 1, text: fullWidth },
    diagnostic: {
      ruleId: HALF_WIDTH_RULE,
      severity: 'warning',
      message: messageFor(halfWidth, fullWidth),
      span: text.toOriginal({ start: index, end: index + 1 }),
      fix: fullWidth,
    },
  };
}
