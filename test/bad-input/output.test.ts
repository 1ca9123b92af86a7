/**
 * Where a command writes: an existing file is never replaced without --force, a missing folder is
 * a clear error (never created behind the user's back), and a failed write leaves nothing behind.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusLines, SIMPLIFIED } from './bad-files.js';
import { expectFatal } from './expect-failure.js';

let dir: string;
let input: string;
const lastWeek = '上周的定稿，不能丢。\n';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-output-'));
  input = join(dir, '讲话.txt');
  await writeFile(input, `${(await corpusLines(SIMPLIFIED, 6)).join('\n')}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Each command that writes a file, as the arguments to write `output`. */
const SPEC = new URL('../../templates/examples/progress.yaml', import.meta.url).pathname;
const WRITERS: readonly [string, (output: string) => string[]][] = [
  ['export', (output) => ['export', input, '-o', output]],
  ['draft', (output) => ['draft', '--template', 'progress', '--spec', SPEC, '-o', output]],
];

describe.each(WRITERS)('%s -o', (_command, args) => {
  it('onto an existing file without --force: refused, named, the file untouched', async () => {
    const folder = await mkdtemp(join(dir, '上周 定稿-'));
    const output = join(folder, '定稿.docx');
    await writeFile(output, lastWeek);
    const message = expectFatal(await runCli(args(output)), output);
    expect(message).toContain('--force');
    expect(await readFile(output, 'utf8')).toBe(lastWeek);
    expect(await readdir(folder)).toEqual(['定稿.docx']);
  });

  it('into a folder that does not exist: refused, named, nothing created', async () => {
    const folder = await mkdtemp(join(dir, '会议 材料-'));
    const output = join(folder, '没有的 目录', '定稿.docx');
    const message = expectFatal(await runCli(args(output)), output);
    expect(message).toContain('没有的 目录');
    expect(await readdir(folder)).toEqual([]);
  });

  it('onto a folder, even with --force: refused, named, the folder untouched', async () => {
    const folder = await mkdtemp(join(dir, 'folder-'));
    const output = join(folder, '定稿.docx');
    await mkdir(output);
    expectFatal(await runCli([...args(output), '--force']), output);
    expect(await readdir(folder)).toEqual(['定稿.docx']);
    expect(await readdir(output)).toEqual([]);
  });
});
