import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/io/collect-inputs.js';
import { PROJECT_ROOT } from '../helpers/spawn-cli.js';

const SPEECH = '同志们：今天，我们在这里召开全市机关党的建设工作会议。\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-collect-'));
  for (const name of ['b/讲话.txt', 'b/a.md', 'a/2.html', 'a/10.docx', 'c.htm', '.hidden/x.txt', '.x.txt', 'notes.pdf', 'b/~$讲话.docx', 'README.md', 'b/readme.txt']) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), SPEECH);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const relative = (inputs: { path: string }[]): string[] => inputs.map((input) => input.path.slice(dir.length + 1));

describe('collectInputs', () => {
  it('walks directories in code-point order, keeping readable formats, skipping hidden files, Office owner files and READMEs', async () => {
    const inputs = await collectInputs([dir]);
    expect(inputs.every((input) => input.error === undefined)).toBe(true);
    expect(relative(inputs)).toEqual(['a/10.docx', 'a/2.html', 'b/a.md', 'b/讲话.txt', 'c.htm']);
  });

  it('takes a file given by name whatever its ending, and each file once', async () => {
    const inputs = await collectInputs([join(dir, 'notes.pdf'), join(dir, 'b'), join(dir, 'b', 'a.md')]);
    expect(relative(inputs)).toEqual(['notes.pdf', 'b/a.md', 'b/讲话.txt']);
  });

  it('reports a missing path and goes on', async () => {
    const missing = join(dir, '没有 这个目录');
    const inputs = await collectInputs([missing, join(dir, 'c.htm')]);
    expect(inputs[0]!.path).toBe(missing);
    expect(inputs[0]!.error?.message).toMatch(/^找不到该文件或目录/);
    expect(inputs[1]).toEqual({ path: join(dir, 'c.htm') });
  });

  it('survives a directory that links back to itself, and reports a broken link to a speech', async () => {
    const folder = join(dir, 'loop');
    await mkdir(folder);
    await writeFile(join(folder, '讲话.txt'), SPEECH);
    await symlink('..', join(folder, 'up'));
    await symlink('.', join(folder, 'again'));
    await symlink(join(folder, '删掉了.txt'), join(folder, 'link.txt'));
    const inputs = await collectInputs([folder]);
    expect(inputs.map((input) => [input.path.slice(folder.length + 1), input.error?.message.split('；')[0]])).toEqual([
      ['link.txt', '链接指向的文件不存在'],
      ['up/a/10.docx', undefined],
      ['up/a/2.html', undefined],
      ['up/b/a.md', undefined],
      ['up/b/讲话.txt', undefined],
      ['up/c.htm', undefined],
      ['讲话.txt', undefined],
    ]);
  });

  it('reports a directory it may not read and goes on with the rest', async () => {
    const folder = join(dir, 'downloads');
    await mkdir(join(folder, 'locked'), { recursive: true });
    await writeFile(join(folder, 'locked', 'x.txt'), SPEECH);
    await writeFile(join(folder, 'readable.txt'), SPEECH);
    await chmod(join(folder, 'locked'), 0o000);
    await chmod(dir, 0o755);
    // Root reads any directory, so the walk runs as `nobody` in a child process (dist/ is built by the test setup).
    const script = `import { collectInputs } from ${JSON.stringify(join(PROJECT_ROOT, 'dist/io/collect-inputs.js'))};
      const inputs = await collectInputs([${JSON.stringify(folder)}]);
      console.log(JSON.stringify(inputs.map((i) => [i.path, i.error?.message ?? null])));`;
    const asRoot = process.getuid?.() === 0;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', ...(asRoot && { uid: 65534, gid: 65534 }) });
    await chmod(join(folder, 'locked'), 0o755);
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual([
      [join(folder, 'locked'), '无法读取该目录（没有权限？）；已跳过其中的文件'],
      [join(folder, 'readable.txt'), null],
    ]);
  });
});
