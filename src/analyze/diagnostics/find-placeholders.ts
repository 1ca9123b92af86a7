import type { Diagnostic, Speech } from '../../model.js';
import { locate } from '../speech-text.js';
import { PLACEHOLDER_PATTERNS } from './placeholder-patterns.js';
import { diagnostic } from './rules.js';

/** Placeholders (x书记, x%, X、X, **, ××) and empty quotes left in the speech body. */
export function findPlaceholders(speech: Speech): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const paragraph of speech.paragraphs) {
    const value = paragraph.value;
    for (const { rule, pattern, requires } of PLACEHOLDER_PATTERNS) {
      if (requires && !requires.test(value)) continue;
      // exec with lastIndex, not matchAll: matchAll copies the regex on every paragraph.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
        const start = paragraph.offset + m.index;
        const { span } = locate(speech, start, start + m[0].length);
        const context = value.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4);
        out.push(rule === 'text/empty-quotes'
          ? diagnostic(rule, '引号内为空，可能漏了内容', span)
          : diagnostic(rule, `占位符“${m[0]}”未替换（…${context}…）`, span));
      }
    }
  }
  return out;
}
