/**
 * Golden formulations of the seed speeches, reviewed by hand: each term with n, the evidence that
 * found it, its members and how they were found, how many standard members the lexicon gives, the lines using it; and the numbered terms told
 * apart from formulations. Regenerate with UPDATE_GOLDEN=1 npx vitest run test/formulations/golden.test.ts
 * and review the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { readSource } from '../../src/io/read-source.js';

const GOLDEN = 'test/formulations/golden';
const seeds = readdirSync('corpus').filter((name) => name.endsWith('.txt'));

describe('golden formulations of the seed speeches', () => {
  for (const name of seeds) {
    it(name, async () => {
      const analysis = analyzeSource(await readSource(join('corpus', name)));
      const actual = {
        formulations: analysis.formulations.map((f) => ({
          term: f.term,
          n: f.n,
          evidence: f.evidence.join(' '),
          strategy: f.strategy,
          members: f.members,
          standardMembers: f.standardMembers?.members.length ?? null,
          lines: f.occurrences.map((o) => o.line).join(' '),
        })),
        others: analysis.numberedTerms.map((t) => `${t.term} ${t.kind}`),
      };
      const expectedPath = join(GOLDEN, `${basename(name, '.txt')}.json`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
