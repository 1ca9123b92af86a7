import { collectInputs } from '../io/collect-inputs.js';
import { reportFailure, type CommandContext } from './main.js';
import { EXIT_FATAL } from './exit-codes.js';
import { startProgress } from './progress.js';

/**
 * Runs `work` on each file under `paths`, in order. A file that fails is reported on one line and
 * the batch goes on; at the end the failures are summed up and the exit code is 2 if any failed.
 * Returns the results of the files that worked.
 */
export async function forEachInput<T>(
  paths: readonly string[],
  context: CommandContext,
  work: (path: string) => Promise<T>,
): Promise<T[]> {
  const inputs = await collectInputs(paths);
  const results: T[] = [];
  const failed: string[] = [];
  const progress = await startProgress(context.io, inputs.length, '处理');
  for (const input of inputs) {
    try {
      if (input.error) throw input.error;
      results.push(await work(input.path));
    } catch (error) {
      failed.push(input.path);
      reportFailure(error, progress.io, input.path);
    }
    progress.advance();
  }
  progress.stop();
  finishBatch(paths, inputs.length, failed, context);
  return results;
}

/** The end of a batch: says when nothing was found, sums up the failures, sets exit code 2 for either. */
export function finishBatch(paths: readonly string[], inputs: number, failed: readonly string[], context: CommandContext): void {
  if (inputs === 0) context.io.stderr(`错误：${paths.join(' ')} 中没有可读取的讲话稿文件（.txt .docx .md .html）\n`);
  if (failed.length > 0 && inputs > 1) {
    context.io.stderr(`共 ${inputs} 个文件，${failed.length} 个失败：${failed.join('，')}\n`);
  }
  if (failed.length > 0 || inputs === 0) context.exitCode = EXIT_FATAL;
}
