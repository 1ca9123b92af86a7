import type { Diagnostic } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';
import { SUBSTITUTION_RULES, type SubstitutionRule, type WordContext } from './substitution-rules.js';

/** A substituted word found in a text value, with its diagnostic (span in the original). */
export interface Substitution {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly diagnostic: Diagnostic;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function contextPattern(word: string, context: WordContext): string {
  return [
    context.before && `(?<=${context.before.source})`,
    context.notBefore && `(?<!${context.notBefore.source})`,
    escape(word),
    context.after && `(?=${context.after.source})`,
    context.notAfter && `(?!${context.notAfter.source})`,
  ].filter(Boolean).join('');
}

const compiled = new Map<SubstitutionRule, RegExp>();
function rulePattern(rule: SubstitutionRule): RegExp {
  let pattern = compiled.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.contexts.map((c) => contextPattern(rule.word, c)).join('|'), 'uy');
    compiled.set(rule, pattern);
  }
  return pattern;
}

/**
 * Finds the substituted words of SUBSTITUTION_RULES in a normalized text. Where two rules claim
 * overlapping words, the earlier rule in the table wins. Sorted by position.
 */
export function findSubstitutedWords(text: MappedText, rules: readonly SubstitutionRule[] = SUBSTITUTION_RULES): Substitution[] {
  const found: Substitution[] = [];
  const claimed = new Uint8Array(text.length);
  const value = text.value;
  for (const rule of rules) {
    // Every match is the rule's word itself (its contexts are lookarounds), so the contexts are
    // tried only where the word occurs: a regex that opens with lookbehinds would be tried at every
    // position of the text, which made this the slowest pass of normalization.
    const pattern = rulePattern(rule);
    for (let start = value.indexOf(rule.word); start >= 0; start = value.indexOf(rule.word, start + 1)) {
      pattern.lastIndex = start;
      if (!pattern.test(value)) continue;
      const end = start + rule.word.length;
      if (claimed.subarray(start, end).some((c) => c === 1)) continue;
      claimed.fill(1, start, end);
      const diagnostic: Diagnostic = {
        ruleId: `substitution/${rule.id}`,
        severity: 'warning',
        message: `疑似伪原创替换词：${rule.word}，应为“${rule.replacement}”`,
        span: text.toOriginal({ start, end }),
        fix: rule.replacement,
      };
      found.push({ start, end, replacement: rule.replacement, diagnostic });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Puts the original words back (效劳 → 服务); the repaired words map to the substituted ones. */
export function applyRepairs(text: MappedText, found: readonly Substitution[]): MappedText {
  return text.applyEdits(found.map((f) => ({ start: f.start, end: f.end, text: f.replacement })));
}
