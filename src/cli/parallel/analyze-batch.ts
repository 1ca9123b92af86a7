/**
 * `speechkit analyze` over any number of files: each file is analyzed and rendered on a worker
 * thread (or here, for one job), and its part of the report is written as soon as the files before
 * it are, so output order is kept and memory does not grow with the batch. A file that fails is
 * reported on one line, in its place, and the batch goes on.
 */
import { collectInputs } from '../../io/collect-inputs.js';
import { addTotals, emptyTotals } from '../../stage-timer.js';
import { finishBatch } from '../batch.js';
import { startProgress } from '../progress.js';
import { reportFailure, type CommandContext } from '../main.js';
import type { SegmenterEngine } from '../../segment/segmenter.js';
import type { AnalyzedFile, AnalyzeTaskOptions, ReportFormat } from './analyze-task.js';
import { AnalysisReportStream } from './analysis-report-stream.js';
import { chooseJobs, fileSizes } from './choose-jobs.js';
import { runInWorkers } from './run-in-workers.js';
import { renderStageTimings } from './stage-timings-report.js';

export interface AnalyzeBatchOptions {
  readonly format: ReportFormat;
  /** Worker threads; by default chosen from the size of the batch (chooseJobs). */
  readonly jobs?: number;
  /** Print the time of each stage on stderr at the end. */
  readonly timings?: boolean;
  /** Compute this many keywords per speech (loads the segmenter). */
  readonly keywords?: number;
  readonly segmenter?: SegmenterEngine;
  /** Speaking rate, characters a minute. */
  readonly rate?: number;
}

const TASK_MODULE = new URL('./analyze-task.js', import.meta.url);

export async function analyzeBatch(paths: readonly string[], options: AnalyzeBatchOptions, context: CommandContext): Promise<void> {
  const inputs = await collectInputs(paths);
  const readable = inputs.filter((input) => !input.error);
  // One file named on the command line gives one document; a directory or several files a batch.
  const asBatch = !(paths.length === 1 && inputs.length === 1 && inputs[0]!.path === paths[0]);
  const taskOptions: AnalyzeTaskOptions = {
    format: options.format,
    color: context.io.color,
    asBatch,
    timings: Boolean(options.timings),
    ...(options.keywords ? { keywords: options.keywords } : {}),
    ...(options.segmenter ? { segmenter: options.segmenter } : {}),
    ...(options.rate ? { rate: options.rate } : {}),
  };
  const report = new AnalysisReportStream(taskOptions, (text) => context.io.stdout(text));
  const stages = emptyTotals();
  const failed: string[] = [];
  const progress = await startProgress(context.io, inputs.length, '分析');
  const fail = (path: string, error: unknown): void => {
    failed.push(path);
    reportFailure(error, progress.io, path);
  };

  // Inputs that could not even be listed are reported in their place among the others.
  let cursor = 0;
  const reportUnlistedUpTo = (path?: string): void => {
    for (; cursor < inputs.length && inputs[cursor]!.path !== path; cursor++) {
      const { error } = inputs[cursor]!;
      if (error) fail(inputs[cursor]!.path, error);
    }
    cursor++;
  };

  const files = readable.map((input) => input.path);
  const jobs = options.jobs ?? (await chooseJobs(files));
  // Sizes let the pool keep large files from running at once (memory); one thread needs none.
  const sizes = jobs > 1 && files.length > 1 ? await fileSizes(files) : undefined;
  await runInWorkers<AnalyzeTaskOptions, AnalyzedFile>(
    files,
    { jobs, taskModule: TASK_MODULE, options: taskOptions, ...(sizes ? { sizes } : {}) },
    (outcome) => {
      progress.advance();
      reportUnlistedUpTo(outcome.path);
      if (outcome.error) return fail(outcome.path, outcome.error);
      report.add(outcome.result);
      if (outcome.result.stages) addTotals(stages, outcome.result.stages);
    },
  );
  reportUnlistedUpTo();
  progress.stop();
  report.end();
  finishBatch(paths, inputs.length, failed, context);
  if (options.timings) context.io.stderr(renderStageTimings(stages, options.format === 'json'));
}
