import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { UsageError } from '../../errors.js';

/**
 * Input below which worker threads do not pay: each worker loads its own modules and dictionaries
 * (about half a second, in which one thread analyzes over 1 MB), so on two cores a batch finishes
 * sooner on workers only from some 3–4 MB up (measured with npm run bench: 2.5 MB/s on one thread,
 * 3.8 MB/s on two).
 */
const MIN_BYTES_FOR_WORKERS = 4_000_000;
/** Files sized at a time while deciding; most batches pass the threshold within a few rounds. */
const STAT_BATCH = 64;

/** The default of --jobs: every core for a large batch, this thread alone for one speech or a few. */
export function defaultJobs(files: number, totalBytes: number): number {
  if (files < 2 || totalBytes < MIN_BYTES_FOR_WORKERS) return 1;
  return Math.min(availableParallelism(), files);
}

/** defaultJobs for these files, sizing only as many as it takes to pass the threshold. */
export async function chooseJobs(paths: readonly string[]): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < paths.length && bytes < MIN_BYTES_FOR_WORKERS && paths.length > 1; i += STAT_BATCH) {
    const sizes = await Promise.all(paths.slice(i, i + STAT_BATCH).map((p) => stat(p).then((s) => s.size, () => 0)));
    bytes += sizes.reduce((a, b) => a + b, 0);
  }
  return defaultJobs(paths.length, bytes);
}

/** Parses the value of --jobs: a whole number from 1 up. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs 需要一个正整数（并行的工作线程数，如 --jobs 2），收到的是“${value}”`);
  }
  return jobs;
}
