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
  const addRules = (dict: DictLike): void => {
    const rules = typeof dict === 'string' ? dict.split('|').map((rule) => rule.split(' ')) : dict;
    for (const [from = '', to = ''] of rules) {
      if (from === to) continue;
      const a = [...from];
      const b = [...to];
      a.forEach((c, i) => {
        if (a.length !== b.length || c !== b[i]) chars.add(c);
      });
    }
  };
  // Segmentation only sets boundaries; what changes text is in the chains.
  for (const group of [...config.conversionChain, ...(config.normalizationChain ?? [])]) for (const dict of group) addRules(dict);
  return new RegExp(`[${[...chars].map(escapeClassChar).join('')}]`, 'u');
}
