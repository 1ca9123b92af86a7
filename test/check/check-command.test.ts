/**
 * `speechkit check` on drafts made from the seed speeches by deleting, repeating or reordering a
 * heading: each planted fault is reported as an error at the heading's line, exit code 1; the clean
 * seeds give no error (exit 0); an unreadable file is fatal (exit 2).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'speechkit-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seedLines = (name: string): string[] => readFileSync(`corpus/${name}`, 'utf8').split('\n');
/** Writes a draft and returns its path and the 1-based line of the first line starting with `heading`. */
function draft(name: string, lines: readonly string[], heading: string): { path: string; line: number } {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return { path, line: lines.findIndex((l) => l.startsWith(heading)) + 1 };
}
const errorLines = (stdout: string): string[] => stdout.split('\n').filter((l) => /  error  /u.test(l));

describe('speechkit check on planted faults', () => {
  it('a deleted heading: 一、 三、 四、 (corpus/004 without 二、)', async () => {
    const lines = seedLines('004_df05c4cd14513717.txt').filter((l) => !l.startsWith('二、'));
    const { path, line } = draft('004-deleted.txt', lines, '三、');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([`${path}:${line}:1  error  编号跳号：“一、”之后是“三、”，缺少“二、”  outline/numbering-gap`]);
  });

  it('a deleted section under an announced count: 讲五点意见 with 第三 gone (corpus/000)', async () => {
    const lines = seedLines('000_abbf707b744d89e9.txt').filter((l) => !l.startsWith('第三,'));
    const { path, line } = draft('000-deleted.txt', lines, '第四,');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(1);
    const errors = errorLines(result.stdout);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^${path}:11:\\d+  error  .*讲五点意见.*  announced/count-mismatch$`, 'u'));
    expect(errors[1]).toBe(`${path}:${line}:1  error  编号跳号：“第二，”之后是“第四，”，缺少“第三，”  outline/numbering-gap`);
  });

  it('a deleted implicit section: the 五量 announces five, four remain (corpus/001)', async () => {
    const lines = seedLines('001_496adbc9182e7b34.txt').filter((l) => !l.trim().startsWith('从标准规范中做优堡垒增量'));
    const { path } = draft('001-deleted.txt', lines, '');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^${path}:21:\\d+  error  .*宣布了 5 项，后文实际有 4 项  announced/count-mismatch$`, 'u')),
    ]);
  });

  it('a repeated heading: 二、 copied before 三、 (corpus/003)', async () => {
    const lines = seedLines('003_e78e08f09b700b02.txt');
    const copy = lines.find((l) => l.startsWith('二、'))!;
    const at = lines.findIndex((l) => l.startsWith('三、'));
    const { path } = draft('003-repeated.txt', [...lines.slice(0, at), copy, ...lines.slice(at)], '');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(1);
    // The copy also makes the three announced parts four.
    expect(errorLines(result.stdout)).toEqual([
      expect.stringMatching(/:18:\d+  error  “强调三个方面的意见”宣布了 3 项，后文实际有 4 项  announced\/count-mismatch$/u),
      `${path}:${at + 1}:1  error  编号“二、”重复  outline/numbering-repeat`,
    ]);
  });

  it('reordered headings: 第三， moved before 第二， (corpus/000)', async () => {
    const lines = seedLines('000_abbf707b744d89e9.txt');
    const second = lines.findIndex((l) => l.startsWith('第二,'));
    const third = lines.findIndex((l) => l.startsWith('第三,'));
    [lines[second], lines[third]] = [lines[third]!, lines[second]!];
    const { path, line } = draft('000-reordered.txt', lines, '第二,');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([`${path}:${line}:1  error  编号顺序颠倒：“第二，”出现在“第三，”之后  outline/numbering-disorder`]);
  });
});

describe('speechkit check exit codes and formats', () => {
  it('the clean seeds: no error, exit 0, one line per problem and a total', async () => {
    const result = await runCli(['check', 'corpus/']);
    expect(result.code).toBe(0);
    expect(errorLines(result.stdout)).toEqual([]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^检查了 5 个文件，问题：/u);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^corpus\/\S+:\d+:\d+  (warning|info)  .+  [a-z-]+\/[a-z-]+$/u);
  });

  it('a missing file is fatal: exit 2, one Chinese line on stderr, the other files still checked', async () => {
    const result = await runCli(['check', join(dir, '没有这个文件.txt'), 'corpus/000_abbf707b744d89e9.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/找不到/u);
    expect(result.stdout).toMatch(/检查了 1 个文件/u);
  });

  it('--json gives each file with its diagnostics and positions', async () => {
    const result = await runCli(['check', '--json', 'corpus/004_df05c4cd14513717.txt']);
    const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { ruleId: string; line: number; column: number }[] }[] };
    expect(report.files[0]!.path).toBe('corpus/004_df05c4cd14513717.txt');
    expect(report.files[0]!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'announced/items-not-found', line: 2 }));
  });
});
