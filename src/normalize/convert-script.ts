import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';
import { scriptChangingChars } from './script-changing-chars.js';

/**
 * Traditional → simplified with OpenCC's character-and-phrase table 't' → 'cn'. Not 'twp': its
 * Taiwan phrase table rewrites official wording (建立健全 → 创建健全). The conversion keeps the
 * length, so positions are kept as they are; should a phrase ever change the length, the line is
 * converted character by character instead.
 */
let converter: ((text: string) => string) | undefined;

/** Share of changed Han characters above which a text counts as traditional rather than mixed. */
const TRADITIONAL_SHARE = 0.05;

let changing: RegExp | undefined;

/**
 * Only lines holding a character that some rule changes go through OpenCC (no rule spans a line
 * break, so the others convert to themselves): a simplified speech costs one scan, not a conversion.
 */
function toSimplified(text: string): string {
  changing ??= scriptChangingChars();
  if (!changing.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (changing!.test(line) ? toSimplifiedLine(line) : line))
    .join('\n');
}

function toSimplifiedLine(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const converted = convert(text);
  if (converted.length === text.length) return converted;
  return Array.from(text, (char) => (char.length === 1 && convert(char).length === 1 ? convert(char) : char)).join('');
}

export function convertScript(text: MappedText): { text: MappedText; script: Script } {
  const converted = toSimplified(text.value);
  if (converted === text.value) return { text, script: 'simplified' };
  let changed = 0;
  for (let i = 0; i < converted.length; i++) if (converted[i] !== text.value[i]) changed++;
  const han = text.value.replace(/\P{Script=Han}+/gu, '').length;
  // A simplified text may hold a few traditional forms (names, quotations); call it traditional when they are common.
  const script: Script = changed > han * TRADITIONAL_SHARE ? 'traditional' : 'mixed';
  return { text: text.withSameLengthValue(converted), script };
}
