/**
 * Stack traces are for bug reports: shown with --debug (anywhere on the command line) or
 * SPEECHKIT_DEBUG=1, never by default — for a known failure and for a bug alike.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { runCli, STACK_LINE } from '../helpers/cli.js';

vi.mock('../../src/normalize/normalize-document.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/normalize/normalize-document.js')>();
  return {
    ...real,
    // A bug stands in for any unexpected failure: a TypeError on a text that names it.
    normalizeDocument: (...args: Parameters<typeof real.normalizeDocument>) => {
      if (args[0].original.includes('触发内部错误')) throw new TypeError("Cannot read properties of undefined (reading 'span')");
      return real.normalizeDocument(...args);
    },
  };
});

const missing = join(tmpdir(), '不存在的讲话稿.txt');

/** Each command with arguments that make it fail, and what its error line says. */
const FAILING_RUNS: readonly [string, string[], string][] = [
  ['normalize', ['normalize', missing], `错误：${missing}: `],
  ['analyze', ['analyze', missing], `错误：${missing}: `],
  ['formulations', ['formulations', missing], `错误：${missing}: `],
  ['check', ['check', missing], `错误：${missing}: `],
  ['export', ['export', missing, '-o', join(tmpdir(), '不会写出.docx')], `错误：${missing}: `],
  ['draft', ['draft', '--spec', missing], `错误：${missing}: `],
  ['templates', ['templates', '--templates', missing], `错误：${missing}: `],
  ['coin', ['coin', '全地域'], '错误：至少要给出两个并列的短语'],
];

describe.each(FAILING_RUNS)('%s: a known failure', (_command, args, error) => {
  it('shows one line and no stack by default', async () => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((line) => line.startsWith(error))).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['--debug after the command', [...args, '--debug'], {}],
    ['--debug before the command', ['--debug', ...args], {}],
    ['SPEECHKIT_DEBUG=1', args, { debug: true }],
  ] as const)('shows the stack with %s', async (_how, argv, options) => {
    const run = await runCli(argv, options);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(error);
    expect(run.stderr).toMatch(STACK_LINE);
  });
});

describe('a bug (an unexpected error)', () => {
  it('is one line asking for --debug, without a stack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'speechkit-debug-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, '讲话.txt');
    await writeFile(file, '触发内部错误的讲话稿。\n');
    const plain = await runCli(['normalize', file]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(`内部错误：${file}: `);
    expect(plain.stderr).toMatch(/^内部错误：.*--debug/m);
    expect(plain.stderr).not.toMatch(STACK_LINE);

    const debug = await runCli(['normalize', file, '--debug']);
    expect(debug.stderr).toMatch(/TypeError: Cannot read properties/);
    expect(debug.stderr).toMatch(STACK_LINE);
  });
});
