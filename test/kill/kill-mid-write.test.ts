/**
 * Nothing a user has is lost when speechkit is killed while writing. A child `speechkit export`
 * is stopped at the worst moment — its output complete in a temp file, not yet renamed over last
 * week's final draft (test/kill/pause-before-rename.mjs holds it there) — and killed.
 * SIGINT/SIGTERM: the old file is intact, no temp file is left, exit 130/143.
 * SIGKILL cannot be handled: the old file is still intact; the temp file (hidden, .tmp) stays.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, spawnCli, type ChildRun } from '../helpers/spawn-cli.js';

const PAUSE_HOOK = `${PROJECT_ROOT}test/kill/pause-before-rename.mjs`;
const PAUSED = /^paused-before-rename (.+)\n/m; // a whole line: stderr may come in pieces

interface PausedWrite {
  readonly temp: string;
  readonly target: string;
  kill(signal: NodeJS.Signals): Promise<ChildRun>;
}

/** Starts the CLI with the pause hook and resolves once a write is held just before its rename. */
function runUntilRename(args: readonly string[]): Promise<PausedWrite> {
  const cli = spawnCli(args, { preload: [PAUSE_HOOK] });
  return new Promise((resolve, reject) => {
    cli.child.stderr!.on('data', () => {
      const match = PAUSED.exec(cli.stderr());
      if (!match) return;
      const { temp, target } = JSON.parse(match[1]!) as { temp: string; target: string };
      resolve({ temp, target, kill: (signal) => (cli.child.kill(signal), cli.done) });
    });
    void cli.done.then((run) => reject(new Error(`exited before writing (code ${run.code}):\n${run.stderr}`)));
  });
}

const lastWeek = Buffer.from('上周的定稿：用户手里唯一的一份。\n');
let dir: string;
let input: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-kill-'));
  input = join(dir, '讲话.txt');
  await copyFile(`${PROJECT_ROOT}corpus/004_df05c4cd14513717.txt`, input);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Files in the folder of `path`, hidden ones included. */
async function siblings(path: string): Promise<string[]> {
  return (await readdir(dirname(path))).sort();
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s during an export', (signal, exitCode) => {
  it('keeps the existing file, removes the temp file, exits with 128 + signal', async () => {
    const folder = await mkdtemp(join(dir, `上周 定稿 ${signal}-`));
    const output = join(folder, '定稿.docx');
    await writeFile(output, lastWeek);
    const write = await runUntilRename(['export', input, '-o', output, '--force']);
    expect(write.target).toBe(output);
    expect(existsSync(write.temp)).toBe(true); // really mid-write: the new content sits in the temp file

    const run = await write.kill(signal);
    expect(run.code).toBe(exitCode);
    expect(run.stderr).toContain(`已中断（${signal}）`);
    expect(await readFile(output)).toEqual(lastWeek);
    expect(await siblings(output)).toEqual(['定稿.docx']);
  });

  it('leaves nothing behind when the output is new', async () => {
    const folder = await mkdtemp(join(dir, `${signal}-new-`));
    const output = join(folder, '新稿.docx');
    const write = await runUntilRename(['export', input, '-o', output]);
    const run = await write.kill(signal);
    expect(run.code).toBe(exitCode);
    expect(await siblings(output)).toEqual([]);
  });
});

describe('SIGKILL during an export', () => {
  it('cannot be caught, yet the existing file is intact', async () => {
    const folder = await mkdtemp(join(dir, 'SIGKILL-'));
    const output = join(folder, '定稿.docx');
    await writeFile(output, lastWeek);
    const write = await runUntilRename(['export', input, '-o', output, '--force']);
    const run = await write.kill('SIGKILL');
    expect(run.signal).toBe('SIGKILL');
    expect(await readFile(output)).toEqual(lastWeek);
    // Only the hidden temp file may remain beside it.
    expect((await siblings(output)).filter((name) => name !== '定稿.docx')).toEqual([write.temp.slice(folder.length + 1)]);
  });
});

describe('without a kill', () => {
  it('the same export replaces the file (so the tests above did stop a real write)', async () => {
    const folder = await mkdtemp(join(dir, 'complete-'));
    const output = join(folder, '定稿.docx');
    await writeFile(output, lastWeek);
    const run = await spawnCli(['export', input, '-o', output, '--force']).done;
    expect(run.code, run.stderr).toBe(0);
    expect((await readFile(output)).subarray(0, 2).toString()).toBe('PK');
    expect(await siblings(output)).toEqual(['定稿.docx']);
  });
});
