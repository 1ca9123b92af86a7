import type { Command } from 'commander';
import { analyzeSource } from '../../analyze/analyze-speech.js';
import { readSource } from '../../io/read-source.js';
import { renderJsonReport } from '../../report/analysis-json.js';
import { renderMarkdownReport } from '../../report/render-markdown-report.js';
import { renderTextReport } from '../../report/render-text-report.js';
import { forEachInput } from '../batch.js';
import type { CommandContext } from '../main.js';

interface AnalyzeFlags {
  json?: boolean;
  md?: boolean;
}

export function registerAnalyze(program: Command, context: CommandContext): void {
  program
    .command('analyze')
    .description('分析讲话稿：提纲结构（各级标题）、宣布的数目是否与后文相符、文中问题')
    .argument('<文件或目录...>', '讲话稿文件（.txt .docx .md .html）或目录')
    .option('--json', '输出 JSON（一个文件输出一个对象；多个文件输出 {documents, summary}）')
    .option('--md', '输出 Markdown 报告')
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const analyses = await forEachInput(paths, context, async (path) => analyzeSource(await readSource(path)));
      if (analyses.length === 0) return;
      // A single file named on the command line gives one document; a directory or several files a batch.
      const asBatch = !(paths.length === 1 && analyses.length === 1 && analyses[0]!.speech.normalized.source.path === paths[0]);
      if (flags.json) context.io.stdout(renderJsonReport(analyses, asBatch));
      else if (flags.md) context.io.stdout(renderMarkdownReport(analyses));
      else context.io.stdout(renderTextReport(analyses, { color: context.io.color }));
    });
}
