import * as OpenCC from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js';
import type { Script } from '../model.js';
import { hanUnits } from '../text/han.js';
import type { MappedText } from '../text/mapped-text.js';
import { RuleTable, type Converted } from './rule-table.js';

/**
 * Traditional → simplified with OpenCC's character-and-phrase table 't' → 'cn'. Not 'twp': its
 * Taiwan phrase table rewrites official wording (建立健全 → 创建健全). The conversion keeps the
 * length, so positions are kept as they are; should a phrase ever change the length, the line is
 * converted character by character instead.
 */

/** OpenCC's t → s preset as its converter runs it; normalizationChain exists at run time but is not typed. */
interface T2sConfig {
  readonly conversionChain: readonly DictGroup[];
  readonly normalizationChain?: readonly DictGroup[];
}

/** Share of changed Han characters above which a text counts as traditional rather than mixed. */
const TRADITIONAL_SHARE = 0.05;

/** Ideographic description characters: OpenCC keeps a whole description sequence (⿰木木) unconverted. */
const DESCRIPTION_SEQUENCE = /[\u2ff0-\u2fff]/;

/**
 * The tables OpenCC's t2s converter applies one after the other (its normalization chain, then its
 * conversion chain; one trie per dictionary group), read from OpenCC's own dictionaries. They give
 * what OpenCC gives, several times faster: OpenCC walks a Map per character of every line.
 */
let tables: readonly RuleTable[] | undefined;
let openccConvert: ((text: string) => string) | undefined;

function ruleTables(): readonly RuleTable[] {
  if (tables) return tables;
  const config = OpenCC.Locale.configs.t2s as T2sConfig;
  tables = [...(config.normalizationChain ?? []), ...config.conversionChain].map((group) => {
    const table = new RuleTable();
    // OpenCC loads a group's dictionaries last to first, so the first one (phrases) wins over characters.
    for (const dict of [...group].reverse()) addRules(table, dict);
    return table;
  });
  return tables;
}

/** A dictionary as OpenCC's Trie.loadDict reads it: "from to[ alternative…]|…" or [from, to] pairs. */
function addRules(table: RuleTable, dict: DictLike): void {
  if (typeof dict !== 'string') {
    for (const [from, to] of dict) table.add(from, to);
    return;
  }
  for (const rule of dict.split('|')) {
    const [from, to] = rule.split(' ');
    if (from !== undefined && to !== undefined) table.add(from, to);
  }
}

/** The tables one after the other; lengthKept as in Converted. */
function convertWithTables(text: string): Converted {
  let value = text;
  let lengthKept = true;
  for (const table of ruleTables()) {
    const converted = table.convert(value);
    value = converted.value;
    lengthKept &&= converted.lengthKept;
  }
  return { value, lengthKept };
}

function convert(text: string): string {
  if (DESCRIPTION_SEQUENCE.test(text)) return (openccConvert ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);
  return convertWithTables(text).value;
}

/**
 * Only a text where some rule starts is converted, and at once when no rule of another length
 * applied (so every line kept its length); else line by line, as the definition goes: lines without
 * a rule convert to themselves, and a line whose length changed is converted character by character.
 */
function toSimplified(text: string): string {
  const all = ruleTables();
  if (!all.some((table) => table.touches(text))) return text;
  if (!DESCRIPTION_SEQUENCE.test(text)) {
    const whole = convertWithTables(text);
    if (whole.lengthKept) return whole.value;
  }
  return text
    .split('\n')
    .map((line) => (all.some((table) => table.touches(line)) ? toSimplifiedLine(line) : line))
    .join('\n');
}

function toSimplifiedLine(text: string): string {
  const converted = convert(text);
  if (converted.length === text.length) return converted;
  return Array.from(text, (char) => (char.length === 1 && convert(char).length === 1 ? convert(char) : char)).join('');
}

export function convertScript(text: MappedText): { text: MappedText; script: Script } {
  const converted = toSimplified(text.value);
  if (converted === text.value) return { text, script: 'simplified' };
  let changed = 0;
  // charCodeAt: indexing makes a one-character string per Han character.
  for (let i = 0; i < converted.length; i++) if (converted.charCodeAt(i) !== text.value.charCodeAt(i)) changed++;
  const han = hanUnits(text.value);
  // A simplified text may hold a few traditional forms (names, quotations); call it traditional when they are common.
  const script: Script = changed > han * TRADITIONAL_SHARE ? 'traditional' : 'mixed';
  return { text: text.withSameLengthValue(converted), script };
}
