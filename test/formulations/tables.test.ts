/** The vocabulary tables: every entry's real sentence shows the entry, and the lexicon adds up. */
import { describe, expect, it } from 'vitest';
import { CALENDAR_RULES } from '../../src/analyze/formulations/calendar-terms.js';
import { DISCOURSE_HEADS } from '../../src/analyze/formulations/discourse-heads.js';
import { DISTRIBUTIVE_UNITS, NUMERAL_IDIOM_PATTERNS, NUMERAL_IDIOMS } from '../../src/analyze/formulations/fixed-expressions.js';
import {
  FORMULATION_CLASSIFIERS,
  FORMULATION_HEAD_PATTERNS,
  QUOTED_LEAD_MODIFIERS,
  SET_NOUNS,
} from '../../src/analyze/formulations/formulation-heads.js';
import { FORMULATION_LEXICON } from '../../src/analyze/formulations/lexicon.js';
import { ENUMERATION_FAMILIES } from '../../src/analyze/formulations/members/enumeration-markers.js';
import {
  CONJUNCTION_LOOKALIKES,
  LIST_LEAD_INS,
  LIST_TO_TERM_LINKS,
  LIST_TO_TERM_PREDICATES,
  TERM_TO_LIST_LINKS,
} from '../../src/analyze/formulations/members/list-words.js';
import { NUMERAL_WORDS } from '../../src/analyze/formulations/numeral-words.js';
import { parseTermExact } from '../../src/analyze/formulations/parse-term.js';
import { COUNTED_ENTITY_NOUNS, COUNTED_PLACES, PLACE_ENDINGS, QUANTITY_UNITS } from '../../src/analyze/formulations/quantity-units.js';

const groups = [
  ...NUMERAL_WORDS.map((g) => ({ words: g.words, example: g.example })),
  ...NUMERAL_IDIOMS.map((g) => ({ words: g.idioms, example: g.example })),
  ...DISCOURSE_HEADS.map((g) => ({ words: g.heads, example: g.example })),
  ...QUANTITY_UNITS.map((g) => ({ words: g.units, example: g.example })),
  ...COUNTED_ENTITY_NOUNS.map((g) => ({ words: g.units, example: g.example })),
  { words: PLACE_ENDINGS.units, example: PLACE_ENDINGS.example },
  { words: COUNTED_PLACES.units, example: COUNTED_PLACES.example },
  ...FORMULATION_CLASSIFIERS.map((c) => ({ words: [c.classifier], example: c.example })),
  ...FORMULATION_HEAD_PATTERNS.map((p) => ({ words: p.heads.map((h) => p.classifier + h), example: p.example })),
  ...SET_NOUNS.map((g) => ({ words: g.nouns, example: g.example })),
  { words: QUOTED_LEAD_MODIFIERS.words.map((w) => `“${w}`), example: QUOTED_LEAD_MODIFIERS.example },
  { words: CONJUNCTION_LOOKALIKES.words, example: CONJUNCTION_LOOKALIKES.example },
  ...[...LIST_TO_TERM_LINKS, ...TERM_TO_LIST_LINKS, ...LIST_LEAD_INS].map((g) => ({ words: g.words, example: g.example })),
];

describe('vocabulary tables', () => {
  it('gives each group a sentence that shows one of its words', () => {
    for (const { words, example } of groups) expect(words.some((w) => example.includes(w.replace('：', ':')) || example.includes(w)), example).toBe(true);
  });

  it('gives each distributive rule a sentence with 一X一Y over one of its units', () => {
    for (const rule of DISTRIBUTIVE_UNITS) expect(rule.units.some((u) => new RegExp(`一${u}(?:抓)?一`).test(rule.example)), rule.example).toBe(true);
  });

  it('gives each calendar rule, idiom pattern, predicate and enumeration family a sentence it matches', () => {
    for (const rule of CALENDAR_RULES) {
      const found = [...rule.example].some((_, i) => rule.pattern.test(rule.example.slice(i)) && (!rule.before || rule.before.test(rule.example.slice(Math.max(0, i - 4), i))));
      expect(found, rule.example).toBe(true);
    }
    for (const rule of [...NUMERAL_IDIOM_PATTERNS, ...LIST_TO_TERM_PREDICATES]) {
      expect([...rule.example].some((_, i) => rule.pattern.test(rule.example.slice(i, i + 8)) || rule.pattern.test(rule.example.slice(0, i))), rule.example).toBe(true);
    }
    for (const family of ENUMERATION_FAMILIES) {
      const found = [...family.example].some((_, i) => {
        family.pattern.lastIndex = i;
        return family.pattern.test(family.example);
      });
      expect(found, family.example).toBe(true);
    }
  });

  it('has as many standard members as each lexicon term declares, and says where they come from', () => {
    for (const entry of FORMULATION_LEXICON) {
      expect(parseTermExact(entry.term)?.n, entry.term).toBe(entry.members.length);
      expect(entry.source).toMatch(/\p{Script=Han}/u);
    }
  });
});
