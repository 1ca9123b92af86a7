/**
 * convertScript runs OpenCC's t → cn rules from its own tables (rule-table.ts) instead of OpenCC's
 * converter. It must give exactly what the converter gives, line by line as the definition goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as ToTraditional from 'opencc-js/cn2t';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { convertScript } from '../../src/normalize/convert-script.js';
import { MappedText } from '../../src/text/mapped-text.js';

const opencc = OpenCC.Converter({ from: 't', to: 'cn' });

/** The definition: each line through OpenCC; a line whose length changes, character by character. */
function byOpencc(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const converted = opencc(line);
      if (converted.length === line.length) return converted;
      return Array.from(line, (char) => (char.length === 1 && opencc(char).length === 1 ? opencc(char) : char)).join('');
    })
    .join('\n');
}

const converted = (text: string): string => convertScript(MappedText.identity(text)).text.value;

const seeds = readdirSync('corpus')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(`corpus/${name}`, 'utf8'));

/** Every code point from the CJK radicals on (surrogates left out), a line break every few. */
const everyCharacter = (() => {
  const chars: string[] = [];
  for (let cp = 0x2e80; cp < 0x30000; cp++) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp) + (cp % 7 === 0 ? '\n' : ''));
  return chars.join('');
})();

describe('traditional → simplified as OpenCC converts', () => {
  it('converts every seed speech, and its traditional rendering, as OpenCC does', () => {
    const traditional = ToTraditional.Converter({ from: 'cn', to: 'tw' });
    for (const seed of seeds) {
      expect(converted(seed)).toBe(byOpencc(seed));
      const rendered = traditional(seed);
      expect(converted(rendered)).toBe(byOpencc(rendered));
    }
  });

  it('converts the traditional lines of a simplified text, near each other or far apart, as OpenCC does', () => {
    const simplified = seeds[0]!.split('\n');
    const lines = [...simplified];
    lines.splice(3, 0, '國家機關黨組織', '乾隆年間反覆著作');
    lines.splice(lines.length - 2, 0, '⿰木木國家機關', '豈國');
    const text = lines.join('\n');
    expect(converted(text)).toBe(byOpencc(text));
    expect(convertScript(MappedText.identity(text)).script).toBe('mixed');
  });

  it('converts phrases longest first (乾隆, 反覆, 著作) and single characters by the character table', () => {
    const line = '乾隆年間反覆著作，國家機關黨組織乾淨，著眼於發展。';
    expect(converted(line)).toBe(opencc(line));
    expect(converted(line)).not.toBe(line);
  });

  it('converts every character as OpenCC does, alone on its line and among the others', () => {
    const withoutDescriptions = everyCharacter.replace(/[\u2ff0-\u2fff]/g, '');
    expect(converted(withoutDescriptions)).toBe(byOpencc(withoutDescriptions));
    const reversed = withoutDescriptions.split('\n').reverse().join('\n');
    expect(converted(reversed)).toBe(byOpencc(reversed));
  });

  it('keeps lengths where OpenCC would change them (CJK compatibility ideographs beyond the BMP), and description sequences', () => {
    for (const text of ['豈國\n\u{2F800}國家\n國', '⿰木木國家\n𠀀國', 'x\ud840國\udc00y', everyCharacter]) {
      const result = convertScript(MappedText.identity(text));
      expect(result.text.value).toBe(byOpencc(text));
      expect(result.text.value.length).toBe(text.length);
    }
  });
});
