/** A mistyped command line gets a Chinese answer that says what to do, and exit 2. */
import { describe, expect, it } from 'vitest';
import { COMMANDER_MESSAGES, translateCommanderMessage } from '../../src/cli/commander-messages.js';
import { runCli, STACK_LINE } from '../helpers/cli.js';

describe('usage errors', () => {
  it.each([
    [['normalize', '--jsn', '讲话.txt'], '错误：没有选项 --jsn，用 --help 查看可用的选项（是不是要输入 --json？）'],
    [['normalise', '讲话.txt'], '错误：没有命令 normalise，用 speechkit --help 查看全部命令（是不是要输入 normalize？）'],
    [['normalize'], '错误：缺少参数 文件或目录，例如 speechkit normalize 讲话.txt'],
  ])('%j', async (argv, expected) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(expected);
    expect(run.stderr).not.toMatch(/error:|Did you mean/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it.each(COMMANDER_MESSAGES.map((entry) => [entry.example.typed, entry.example.message]))(
    '%s: commander\'s message said in Chinese',
    (_typed, message) => {
      const chinese = translateCommanderMessage(`${message}\n`);
      expect(chinese).toMatch(/^错误：\p{Script=Han}/u);
      expect(chinese).not.toMatch(/error|Expected|Allowed|cannot|missing|unknown/);
    },
  );
});
