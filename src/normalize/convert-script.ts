import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';

/**
 * Traditional → simplified with OpenCC's character-and-phrase table 't' → 'cn'. Not 'twp': its
 * Taiwan phrase table rewrites official wording (建立健全 → 创建健全). OpenCC maps character for
 * character here, so positions are kept as they are.
 */
let converter: ((text: string) => string) | undefined;

export function convertScript(text: MappedText): { text: MappedText; script: Script } {
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const converted = convert(text.value);
  if (converted === text.value) return { text, script: 'simplified' };
  let changed = 0;
  for (let i = 0; i < converted.length; i++) if (converted[i] !== text.value[i]) changed++;
  const han = (text.value.match(/\p{Script=Han}/gu) ?? []).length;
  // A simplified text may hold a few traditional forms (names, quotations); call it traditional when they are common.
  const script: Script = changed > han * 0.05 ? 'traditional' : 'mixed';
  return { text: text.withSameLengthValue(converted), script };
}
