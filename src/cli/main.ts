import { Command, CommanderError } from 'commander';
import { SpeechkitError } from '../errors.js';
import { processIo, type CliIo } from './cli-io.js';
import { CHINESE_HELP } from './chinese-help.js';
import { translateCommanderMessage } from './commander-messages.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_FATAL, EXIT_OK } from './exit-codes.js';
import { VERSION } from './version.js';

/** Shared by the commands: where to write, and the exit code they set. */
export interface CommandContext {
  readonly io: CliIo;
  exitCode: number;
}

export function buildProgram(context: CommandContext): Command {
  const program = new Command('speechkit')
    .description('讲话稿工具：分析结构与数字提法、检查草稿、按模板起草、导出公文格式 Word')
    .version(VERSION, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .option('--debug', '出错时显示调用栈（提交问题报告时用）')
    .showSuggestionAfterError()
    .configureHelp(CHINESE_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => context.io.stdout(s),
      writeErr: (s) => context.io.stderr(s),
      outputError: (s, write) => write(translateCommanderMessage(s)),
    });
  for (const register of COMMANDS) register(program, context);
  return program;
}

/** Runs the CLI in-process and returns the exit code (never calls process.exit). */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = io.debug || argv.includes('--debug');
  const context: CommandContext = { io: { ...io, debug }, exitCode: EXIT_OK };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FATAL;
    reportFailure(error, context.io);
    return EXIT_FATAL;
  }
}

/** One line for the user; the stack only with --debug. `file`: the input being worked on, if any. */
export function reportFailure(error: unknown, io: CliIo, file?: string): void {
  if (error instanceof SpeechkitError) {
    io.stderr(`错误：${error.format()}\n`);
  } else {
    const where = file ? `${file}: ` : '';
    io.stderr(`内部错误：${where}${(error as Error)?.message ?? String(error)}（加 --debug 查看详情并报告此问题）\n`);
  }
  if (io.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
}
