/**
 * Failures outside run()'s own error handling, in the real process (bin/speechkit.js): a bug in an
 * event handler, and a reader that closes the pipe (`speechkit normalize 目录 | head`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_LINE } from '../helpers/cli.js';
import { PROJECT_ROOT, runCliProcess, spawnCli } from '../helpers/spawn-cli.js';
import { corpusLines, SIMPLIFIED } from './bad-files.js';

let dir: string;
let speech: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-crash-'));
  speech = join(dir, '讲话.txt');
  await writeFile(speech, `${(await corpusLines(SIMPLIFIED, 6)).join('\n')}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('an error thrown outside run()', () => {
  const preload = [`${PROJECT_ROOT}test/helpers/fail-outside-run.mjs`];

  it('is one line and exit 2, without a stack', async () => {
    const run = await runCliProcess(['normalize', speech], { preload });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^内部错误：Cannot read properties of undefined.*--debug/m);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('shows its stack with --debug', async () => {
    const run = await runCliProcess(['normalize', speech, '--debug'], { preload });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(STACK_LINE);
  });
});

describe('a reader that stops reading', () => {
  it('ends the run quietly', async () => {
    // Far more output than a pipe buffers, so the child is still writing when the pipe closes.
    const big = join(dir, '长文.txt');
    await writeFile(big, (await corpusLines(SIMPLIFIED, 40)).join('\n').repeat(200));
    const cli = spawnCli(['normalize', big]);
    cli.child.stdout!.once('data', () => cli.child.stdout!.destroy());
    const run = await cli.done;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
