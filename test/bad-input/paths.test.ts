/**
 * Paths that are odd or broken: spaces and Chinese in names, a path that does not exist, symlink
 * loops, a directory the user may not read. In a batch the other files are still processed and the
 * summary names the failures.
 */
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runCliProcess } from '../helpers/spawn-cli.js';
import { corpusLines, GOOD_SENTENCE, SIMPLIFIED } from './bad-files.js';
import { expectFatal, expectRead } from './expect-failure.js';

let dir: string;
let speech: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-paths-'));
  speech = `${(await corpusLines(SIMPLIFIED, 4)).join('\n')}\n`;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The summary line of a batch that had failures. */
function summary(stderr: string): string | undefined {
  return stderr.split('\n').find((line) => /个失败/.test(line));
}

describe('paths', () => {
  it('a path with spaces and Chinese characters is read, and named as given when broken', async () => {
    const folder = join(dir, '会议 材料');
    await mkdir(folder);
    const good = join(folder, '在全市 机关党建 会议上的讲话.txt');
    await writeFile(good, speech);
    const ok = await runCli(['normalize', good]);
    expectRead(ok);
    expect(ok.stdout).toContain(GOOD_SENTENCE);

    const missing = join(folder, '第二 稿.txt');
    expectFatal(await runCli(['normalize', missing]), missing);
  });

  it('a missing path is fatal and named; in a batch the others still run', async () => {
    const missing = join(dir, '没有这个文件.txt');
    expectFatal(await runCli(['normalize', missing]), missing);

    const good = join(dir, 'good.txt');
    await writeFile(good, speech);
    const batch = await runCli(['normalize', missing, good]);
    expectFatal(batch, missing);
    expect(batch.stdout).toContain(GOOD_SENTENCE);
    expect(summary(batch.stderr)).toContain(missing);
    expect(summary(batch.stderr)).not.toContain(good);
  });

  it('a symlink that points to itself (through another) is fatal and named', async () => {
    const first = join(dir, 'loop-a.txt');
    await symlink(join(dir, 'loop-b.txt'), first);
    await symlink(first, join(dir, 'loop-b.txt'));
    const message = expectFatal(await runCli(['normalize', first]), first);
    expect(message).toMatch(/链接/);
  });

  it('a directory that links back to itself is walked once', async () => {
    const folder = join(dir, 'looping');
    await mkdir(folder);
    await writeFile(join(folder, 'speech.txt'), speech);
    await symlink('.', join(folder, 'again'));
    const run = await runCli(['normalize', folder]);
    expectRead(run);
    expect(run.stdout.split(GOOD_SENTENCE).length - 1).toBe(1);
  });
});

describe('a directory and a file the user may not read', () => {
  // Root reads anything whatever its mode, so as root the CLI runs in a child process as `nobody`.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};

  it('fails those two, named, and still processes the readable file', async () => {
    const folder = join(dir, 'downloads');
    await mkdir(join(folder, 'locked'), { recursive: true });
    await writeFile(join(folder, 'locked', 'hidden.txt'), speech);
    await writeFile(join(folder, 'a-readable.txt'), speech);
    await writeFile(join(folder, 'b-unreadable.txt'), speech);
    await chmod(join(folder, 'locked'), 0o000);
    await chmod(join(folder, 'b-unreadable.txt'), 0o000);
    await chmod(dir, 0o755); // mkdtemp makes it 0700: let `nobody` reach the folder

    const run = await runCliProcess(['normalize', folder], user).finally(() => chmod(join(folder, 'locked'), 0o755));
    const failures = [join(folder, 'locked'), join(folder, 'b-unreadable.txt')];
    for (const path of failures) expectFatal({ ...run, code: run.code ?? -1 }, path);
    expect(run.stdout).toContain(GOOD_SENTENCE);
    for (const path of failures) expect(summary(run.stderr)).toContain(path);
  });
});
