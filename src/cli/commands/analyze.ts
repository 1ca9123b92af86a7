import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { DEFAULT_KEYWORD_COUNT } from '../../analyze/keywords/extract-keywords.js';
import { DEFAULT_SPEAKING_RATE } from '../../analyze/stats/measure-length.js';
import { parseJobs } from '../parallel/choose-jobs.js';
import type { SegmenterEngine } from '../../segment/segmenter.js';
import { parseKeywordCount, parseRate, parseSegmenter } from './analyze-options.js';

interface AnalyzeFlags {
  json?: boolean;
  md?: boolean;
  /** A count, or false for --no-keywords. */
  keywords: number | false;
  segmenter?: SegmenterEngine;
  rate?: number;
  jobs?: number;
  timings?: boolean;
}

export function registerAnalyze(program: Command, context: CommandContext): void {
  program
    .command('analyze')
    .description('分析讲话稿：提纲结构（各级标题）、宣布的数目是否与后文相符、数字提法及成员、篇幅与排比、文中问题')
    .argument('<文件或目录...>', '讲话稿文件（.txt .docx .md .html）或目录')
    .option('--json', '输出 JSON（一个文件输出一个对象；多个文件输出 {documents, formulations, summary}）')
    .option('--md', '输出 Markdown 报告')
    .option('--jobs <线程数>', '并行分析的线程数（默认：文件多时用 CPU 核数减一，单个文件或小批量用 1）', parseJobs)
    .option('--timings', '结束时在标准错误输出各阶段耗时')
    .option('--keywords <数目>', '列出多少个 TF-IDF 关键词', parseKeywordCount, DEFAULT_KEYWORD_COUNT)
    .option('--no-keywords', '不算关键词（省去加载分词词典的约半秒）')
    .option('--segmenter <引擎>', '分词引擎：node-rs（默认）或 nodejieba（需另行安装）', parseSegmenter)
    .option('--rate <字数>', `讲话语速，每分钟多少字，用于估算讲话时长（默认 ${DEFAULT_SPEAKING_RATE}）`, parseRate)
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      // Lazily loaded: the analysis and its workers are not needed for `speechkit --help`.
      const { analyzeBatch } = await import('../parallel/analyze-batch.js');
      const format = flags.json ? 'json' : flags.md ? 'md' : 'text';
      await analyzeBatch(paths, { format, jobs: flags.jobs, timings: flags.timings, keywords: flags.keywords || undefined, segmenter: flags.segmenter, rate: flags.rate }, context);
    });
}
