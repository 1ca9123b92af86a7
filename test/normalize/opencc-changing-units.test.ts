/**
 * The data behind convertScript's shortcut (src/normalize/opencc-changing-units.ts) must be exactly
 * what OpenCC's own t → s rules (as opencc-tables.ts reads them) imply: every character a one-unit
 * rule changes, and the first units (up to three) of every longer rule that changes its text. After
 * an upgrade of opencc-js, regenerate it with
 * UPDATE_GOLDEN=1 npx vitest run test/normalize/opencc-changing-units.test.ts and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertScript } from '../../src/normalize/convert-script.js';
import { OPENCC_CHANGED_CHARACTERS, OPENCC_PHRASE_PREFIXES } from '../../src/normalize/opencc-changing-units.js';
import { dictionaryRules, openccGroups } from '../../src/normalize/opencc-tables.js';
import { MappedText } from '../../src/text/mapped-text.js';

const DATA_FILE = fileURLToPath(new URL('../../src/normalize/opencc-changing-units.ts', import.meta.url));

/** What the rules imply, each list sorted by code units. */
function derived(): { characters: string[]; prefixes: string[] } {
  const characters = new Set<string>();
  const prefixes = new Set<string>();
  for (const group of openccGroups()) {
    for (const dict of group) {
      for (const [from, to] of dictionaryRules(dict)) {
        if (from === to || from.length === 0 || from.includes('\n')) continue; // such rules never change a line
        if (from.length === 1) characters.add(from);
        else prefixes.add(from.slice(0, 3));
      }
    }
  }
  const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { characters: [...characters].sort(byUnits), prefixes: [...prefixes].sort(byUnits) };
}

/** A string literal in lines of some fifty units; surrogate halves and quotes escaped. */
function literal(units: string): string {
  const tokens = Array.from({ length: units.length }, (_, i) => {
    const u = units.charCodeAt(i);
    return (u >= 0xd800 && u <= 0xdfff) || u < 0x20 || u === 0x27 || u === 0x5c ? `\\u${u.toString(16).padStart(4, '0')}` : units[i]!;
  });
  const lines: string[] = [];
  for (let i = 0; i < tokens.length; i += 50) lines.push(tokens.slice(i, i + 50).join(''));
  return `'${lines.join("' +\n  '")}'`;
}

function dataFile({ characters, prefixes }: ReturnType<typeof derived>): string {
  return `/**
 * What OpenCC's t → s rules can change, for convertScript to pass a text by without loading OpenCC
 * or building its tables (some 15–20 ms in every process and worker): a rule changes a text only
 * where its whole source occurs, so a text holding none of the characters one-unit rules change and
 * none of the first units (up to three) of the longer rules converts to itself. Derived from the
 * installed opencc-js: test/normalize/opencc-changing-units.test.ts checks it, and rewrites it with
 * UPDATE_GOLDEN=1.
 */

/** Each character a one-unit rule changes (國 → 国). */
export const OPENCC_CHANGED_CHARACTERS =
  ${literal(characters.join(''))};

/** The first two or three units of each longer rule that changes its text (反覆 → 反复), separated by spaces. */
export const OPENCC_PHRASE_PREFIXES =
  ${literal(prefixes.join(' '))};
`;
}

describe('the data of convertScript’s shortcut', () => {
  it('is what OpenCC’s rules imply', () => {
    const expected = derived();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(DATA_FILE, dataFile(expected));
    expect(readFileSync(DATA_FILE, 'utf8')).toBe(dataFile(expected));
    expect(OPENCC_CHANGED_CHARACTERS).toBe(expected.characters.join(''));
    expect(OPENCC_PHRASE_PREFIXES.split(' ')).toEqual(expected.prefixes);
    expect(expected.characters.length).toBeGreaterThan(2000); // 國 機 關 黨 …
    for (const char of '國機關黨組織') expect(OPENCC_CHANGED_CHARACTERS).toContain(char);
  });

  it('lets simplified text through unchanged, common characters of phrase rules included', () => {
    // 二 (二噁英), 覆 (反覆), 坏 (一坏) and 俱 (傢俱) start or sit in phrase rules and are ordinary simplified characters.
    const text = '全面覆盖城乡，破坏生态的行为要严肃查处，与时俱进，推进二十项重点工作。';
    expect(convertScript(MappedText.identity(text))).toMatchObject({ script: 'simplified' });
    expect(convertScript(MappedText.identity('问题反覆出现，要及时批覆。')).text.value).toBe('问题反复出现，要及时批复。');
  });
});
