import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { UsageError } from '../../errors.js';

/**
 * Input below which worker threads do not pay: each worker loads its own modules and dictionaries
 * (about a quarter of a second, in which one thread analyzes over 1 MB).
 */
const MIN_BYTES_FOR_WORKERS = 4_000_000;
/** Files sized at a time while deciding; most batches pass the threshold within a few rounds. */
const STAT_BATCH = 64;

/**
 * The default of --jobs: this thread alone for one speech or a small batch; else one worker per
 * core but one. A single analyzing thread already keeps some 1.4 cores busy — V8 collects garbage
 * and compiles on background threads, and the segmenter cuts on libuv's — so on two cores a second
 * worker gained 5 % for 40 % more memory (npm run bench, 2026-11-22); the spare core is theirs.
 */
export function defaultJobs(files: number, totalBytes: number, cores: number = availableParallelism()): number {
  if (files < 2 || totalBytes < MIN_BYTES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores - 1, files));
}

const sizesOf = (paths: readonly string[]): Promise<number[]> => Promise.all(paths.map((p) => stat(p).then((s) => s.size, () => 0)));

/** defaultJobs for these files, sizing only as many as it takes to pass the threshold. */
export async function chooseJobs(paths: readonly string[]): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < paths.length && bytes < MIN_BYTES_FOR_WORKERS && paths.length > 1; i += STAT_BATCH) {
    bytes += (await sizesOf(paths.slice(i, i + STAT_BATCH))).reduce((a, b) => a + b, 0);
  }
  return defaultJobs(paths.length, bytes);
}

/** The size of each file in bytes (0 for one that cannot be read: its task will say why). */
export async function fileSizes(paths: readonly string[]): Promise<number[]> {
  const sizes: number[] = [];
  for (let i = 0; i < paths.length; i += STAT_BATCH) sizes.push(...(await sizesOf(paths.slice(i, i + STAT_BATCH))));
  return sizes;
}

/** Parses the value of --jobs: a whole number from 1 up. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs 需要一个正整数（并行的工作线程数，如 --jobs 2），收到的是“${value}”`);
  }
  return jobs;
}
