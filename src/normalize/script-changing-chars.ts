import * as OpenCC from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js';

/** OpenCC's t → s preset as the converter runs it; normalizationChain exists at run time but is not typed. */
interface T2sConfig {
  readonly conversionChain: readonly DictGroup[];
  readonly normalizationChain?: readonly DictGroup[];
}

const escapeClassChar = (c: string): string => c.replace(/[\]\\^-]/g, '\\$&');

/**
 * A character class of the characters that some rule of the t → cn conversion changes: for each
 * rule (character or phrase) that does not map to itself, its characters that differ from the
 * result. A line holding none of them converts to itself, whatever phrases it contains — so the
 * converter only needs to see the lines that hold one (OpenCC: 國 → 国, and 反覆 → 反复 although
 * 覆 alone stays).
 */
export function scriptChangingChars(): RegExp {
  const config = OpenCC.Locale.configs.t2s as T2sConfig;
  const chars = new Set<string>();
  const addRule = (from: string, to: string): void => {
    if (from === to) return;
    // Most rules map one character to one character: no need to split them.
    if (from.length === 1 && to.length === 1) chars.add(from);
    else {
      const a = [...from];
      const b = [...to];
      a.forEach((c, i) => {
        if (a.length !== b.length || c !== b[i]) chars.add(c);
      });
    }
  };
  const addRules = (dict: DictLike): void => {
    if (typeof dict !== 'string') {
      for (const [from, to] of dict) addRule(from, to);
      return;
    }
    // "from to[ alternative…]|from to|…", read in place (this runs at the start of every process).
    for (let start = 0; start < dict.length; ) {
      const bar = dict.indexOf('|', start);
      const end = bar < 0 ? dict.length : bar;
      const space = dict.indexOf(' ', start);
      if (space > start && space < end) {
        const next = dict.indexOf(' ', space + 1);
        addRule(dict.slice(start, space), dict.slice(space + 1, next > space && next < end ? next : end));
      } else addRule(dict.slice(start, end), '');
      start = end + 1;
    }
  };
  // Segmentation only sets boundaries; what changes text is in the chains.
  for (const group of [...config.conversionChain, ...(config.normalizationChain ?? [])]) for (const dict of group) addRules(dict);
  return new RegExp(`[${[...chars].map(escapeClassChar).join('')}]`, 'u');
}
