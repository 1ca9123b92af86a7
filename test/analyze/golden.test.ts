/**
 * Golden outlines and announced counts of the seed speeches, reviewed by hand.
 * Each case is test/fixtures/<case>/: input.json names the speech, expected.json holds the result.
 * Regenerate with UPDATE_GOLDEN=1 npx vitest run test/analyze/golden.test.ts and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { readSource } from '../../src/io/read-source.js';
import { compactAnalysis } from './compact-analysis.js';

const FIXTURES = 'test/fixtures';
const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.json')));

describe('golden outlines of the seed speeches', () => {
  it('has a case per seed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(name, async () => {
      const { input } = JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8')) as { input: string };
      const actual = compactAnalysis(analyzeSource(await readSource(input)));
      const expectedPath = join(FIXTURES, name, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
