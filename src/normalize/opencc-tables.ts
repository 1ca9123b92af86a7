/**
 * OpenCC's traditional → simplified tables ('t' → 'cn') as RuleTables, applied as OpenCC applies
 * them, and which UTF-16 units each may change: the machinery under convertScript.
 */
import { createRequire } from 'node:module';
import type { DictGroup, DictLike } from 'opencc-js';
import { RuleTable, type Converted } from './rule-table.js';

type OpenccModule = typeof import('opencc-js/t2cn');
let opencc: OpenccModule | undefined;

/**
 * opencc-js, loaded when a text first needs converting (most never do: see mayChangeScript), by its
 * CommonJS build so that conversion stays synchronous.
 */
const openccModule = (): OpenccModule => (opencc ??= createRequire(import.meta.url)('opencc-js/t2cn') as OpenccModule);

/** OpenCC's t → s preset as its converter runs it; normalizationChain exists at run time but is not typed. */
interface T2sConfig {
  readonly conversionChain: readonly DictGroup[];
  readonly normalizationChain?: readonly DictGroup[];
}

/** Ideographic description characters: OpenCC keeps a whole description sequence (⿰木木) unconverted. */
const DESCRIPTION_SEQUENCE = /[\u2ff0-\u2fff]/;

/**
 * The tables OpenCC's t2s converter applies one after the other (its normalization chain, then its
 * conversion chain; one trie per dictionary group), read from OpenCC's own dictionaries. They give
 * what OpenCC gives, several times faster: OpenCC walks a Map per character of every line.
 */
let tables: readonly RuleTable[] | undefined;
let openccConvert: ((text: string) => string) | undefined;

export function ruleTables(): readonly RuleTable[] {
  tables ??= openccGroups().map((group) => {
    const table = new RuleTable();
    // OpenCC loads a group's dictionaries last to first, so the first one (phrases) wins over characters.
    for (const dict of [...group].reverse()) for (const [from, to] of dictionaryRules(dict)) table.add(from, to);
    return table;
  });
  return tables;
}

/** OpenCC's t → s dictionary groups, in the order its converter applies them. */
export function openccGroups(): readonly DictGroup[] {
  const config = openccModule().Locale.configs.t2s as T2sConfig;
  return [...(config.normalizationChain ?? []), ...config.conversionChain];
}

/** A dictionary's rules as OpenCC's Trie.loadDict reads it: "from to[ alternative…]|…" or [from, to] pairs. */
export function dictionaryRules(dict: DictLike): readonly (readonly [string, string])[] {
  if (typeof dict !== 'string') return dict;
  const rules: (readonly [string, string])[] = [];
  for (const rule of dict.split('|')) {
    const [from, to] = rule.split(' ');
    if (from !== undefined && to !== undefined) rules.push([from, to]);
  }
  return rules;
}

/**
 * The tables one after the other, each only when `tablesToApply` has its bit (see unitBits);
 * lengthKept as in Converted.
 */
export function convertWithTables(text: string, tablesToApply = ALL_TABLES): Converted {
  let value = text;
  let lengthKept = true;
  let apply = tablesToApply;
  ruleTables().forEach((table, t) => {
    if ((apply & (1 << t)) === 0) return;
    const converted = table.convert(value);
    // What a table wrote may be what the next one changes: the next ones then all apply.
    if (converted.value !== value) apply = ALL_TABLES;
    value = converted.value;
    lengthKept &&= converted.lengthKept;
  });
  return { value, lengthKept };
}

export function convert(text: string): string {
  if (DESCRIPTION_SEQUENCE.test(text)) return (openccConvert ??= openccModule().Converter({ from: 't', to: 'cn' }))(text);
  return convertWithTables(text).value;
}

const ALL_TABLES = 0x7f;
export const DESCRIPTION = 0x80;

/**
 * Per UTF-16 unit, bit t when table t may change it (RuleTable.changingUnits), and DESCRIPTION for
 * the description characters (their lines take the general way, see convertPiece). A line holding
 * none of these converts to itself, so only the lines holding one are converted, each by the
 * tables it calls for: the normalization table (compatibility ideographs, 豈 → 豈) nearly never.
 */
let unitBits: Uint8Array | undefined;

export function changeBits(): Uint8Array {
  if (unitBits) return unitBits;
  const bits = new Uint8Array(0x10000);
  const all = ruleTables();
  if (all.length > 7) throw new RangeError('more rule tables than bits');
  all.forEach((table, t) => {
    for (const unit of table.changingUnits) bits[unit]! |= 1 << t;
  });
  for (let unit = 0x2ff0; unit <= 0x2fff; unit++) bits[unit]! |= DESCRIPTION; // DESCRIPTION_SEQUENCE's range
  return (unitBits = bits);
}
