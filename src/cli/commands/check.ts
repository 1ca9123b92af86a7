import type { Command } from 'commander';
import { forEachInput } from '../batch.js';
import { EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../main.js';

interface CheckFlags {
  json?: boolean;
}

export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description('检查讲话稿草稿：标题跳号重复错序、宣布的数目与后文不符、占位符、替换词、半角标点')
    .argument('<文件或目录...>', '讲话稿文件（.txt .docx .md .html）或目录')
    .option('--json', '输出 JSON')
    .addHelpText('after', '\n退出码：0 没有错误；1 发现错误级问题；2 文件无法读取等致命错误。')
    .action(async (paths: string[], flags: CheckFlags) => {
      // Loaded on use, so other commands (and --help) do not pay for the whole analysis.
      const [{ analyzeSource }, { readSource }, { CheckReportStream }] = await Promise.all([
        import('../../analyze/analyze-speech.js'),
        import('../../io/read-source.js'),
        import('../check-report-stream.js'),
      ]);
      // Each file's problems are written as soon as it is checked: a whole archive is never held.
      const report = new CheckReportStream(Boolean(flags.json), (text) => context.io.stdout(text));
      await forEachInput(paths, context, async (path) => report.add(analyzeSource(await readSource(path))));
      report.end();
      if (report.errors > 0) context.exitCode = Math.max(context.exitCode, EXIT_PROBLEMS);
    });
}
