/**
 * A 50 MB speech on a single line (a page saved without line breaks, a corpus glued together): it
 * is read and processed whole — no stage may be quadratic in the length of a line or paragraph.
 * No timing is asserted; a quadratic stage would run for hours and hit the test timeout.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GOOD_SENTENCE, makeBadFile } from './bad-files.js';
import { expectRead } from './expect-failure.js';

let dir: string;
let huge: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-huge-'));
  huge = await makeBadFile.hugeSingleLine(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a 50 MB single-line file', () => {
  it('is at least 50 MB', async () => {
    expect((await stat(huge)).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  // About 17 s of CPU (most of it garbage collection over 1.5 GB): the slowest test of the suite, so
  // it gets a wider bound than the default 30 s on a loaded machine.
  it('analyze reads and reports all of it', { timeout: 120_000 }, async () => {
    const run = await runCli(['analyze', huge, '--json']);
    expectRead(run);
    const report = JSON.parse(run.stdout) as { length: { paragraphs: number; characters: number } };
    expect(report.length.paragraphs).toBe(1);
    expect(report.length.characters).toBeGreaterThan(10_000_000);
  });

  it('normalize reads and prints all of it', async () => {
    const run = await runCli(['normalize', huge]);
    expectRead(run);
    expect(run.stdout.split(GOOD_SENTENCE).length).toBeGreaterThan(1000);
  });
});
