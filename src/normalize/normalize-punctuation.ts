import type { Diagnostic } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';

/** Half-width punctuation next to Chinese text becomes full-width. */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export function normalizePunctuation(text: MappedText): { text: MappedText; diagnostics: readonly Diagnostic[] } {
  const next = text.replaceAll(/(?<=\p{Script=Han}|[“”])[,:;?!]|[,:;?!](?=\p{Script=Han})/gu, (m) => FULL_WIDTH[m[0]] ?? null);
  return { text: next, diagnostics: [] };
}
