/**
 * A folder of downloads with a few broken files: every good file is still processed, each broken
 * one gets its own line, the summary names exactly the failures, and the exit code is 2. Files that
 * are read with a warning (empty, a bad byte) are not failures.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { PROJECT_ROOT, runCliProcess } from '../helpers/spawn-cli.js';
import { makeBadFile } from './bad-files.js';
import { expectFatal } from './expect-failure.js';

let folder: string;
let good: string[];
let broken: string[];
let warned: string[];
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'speechkit-batch-'));
  folder = join(dir, '下载 2024');
  await mkdir(folder);
  const put = async (name: string, make: (dir: string) => Promise<string>): Promise<string> => {
    const scratch = await mkdtemp(join(dir, 'scratch-'));
    const path = join(folder, name);
    await copyFile(await make(scratch), path);
    return path;
  };
  good = [join(folder, '01-讲话.txt'), join(folder, '06-讲话.txt')];
  await copyFile(`${PROJECT_ROOT}corpus/004_df05c4cd14513717.txt`, good[0]!);
  await copyFile(`${PROJECT_ROOT}corpus/000_abbf707b744d89e9.txt`, good[1]!);
  broken = [
    await put('02-损坏.docx', makeBadFile.brokenXmlDocx),
    await put('03-旧版.docx', makeBadFile.legacyDoc),
    await put('04-扫描件.txt', makeBadFile.png),
  ];
  warned = [await put('05-空白.txt', makeBadFile.empty), await put('07-乱码.txt', makeBadFile.invalidUtf8)];
  await writeFile(join(folder, '说明.pdf.part'), 'not collected: not a speech format');
});
afterAll(() => rm(join(folder, '..'), { recursive: true, force: true }));

/** Exit 2, a line per broken file, one summary naming exactly them; `processed` tells a reported file. */
function expectBatch(run: CliRun, processed?: (path: string) => boolean): void {
  for (const path of broken) expectFatal(run, path);
  const summary = run.stderr.split('\n').filter((line) => line.includes('个失败'));
  expect(summary).toHaveLength(1);
  expect(summary[0]).toContain(`共 ${good.length + broken.length + warned.length} 个文件，${broken.length} 个失败`);
  for (const path of broken) expect(summary[0]).toContain(path);
  for (const path of [...good, ...warned]) expect(summary[0]).not.toContain(path);
  if (processed) for (const path of [...good, ...warned]) expect(processed(path), path).toBe(true);
}

describe('a batch with broken files', () => {
  it('normalize prints every readable file', async () => {
    const run = await runCli(['normalize', folder]);
    expectBatch(run, (path) => run.stdout.includes(`==> ${path} <==`));
  });

  it.each([['analyze'], ['check']])('%s --json reports every readable file', async (command) => {
    const run = await runCli([command, folder, '--json']);
    expectBatch(run, (path) => run.stdout.includes(JSON.stringify(path)));
  });

  it('formulations --json counts every readable file', async () => {
    const run = await runCli(['formulations', folder, '--json']);
    const { documents } = JSON.parse(run.stdout) as { documents: number };
    expect(documents).toBe(good.length + warned.length);
    expectBatch(run);
  });

  it('analyze on worker threads (--jobs 2) reports the same', async () => {
    const child = await runCliProcess(['analyze', folder, '--json', '--jobs', '2']);
    const run = { ...child, code: child.code ?? -1 };
    expectBatch(run, (path) => run.stdout.includes(JSON.stringify(path)));
  });
});
