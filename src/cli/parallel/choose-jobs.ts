import { availableParallelism } from 'node:os';
import { UsageError } from '../../errors.js';

/**
 * Input below which worker threads do not pay: each worker starts its own Node context and loads
 * its own dictionary (about a third of a second), time in which one thread analyzes some 4 MB.
 */
const MIN_BYTES_FOR_WORKERS = 4_000_000;

/** The default of --jobs: every core for a large batch, this thread alone for one speech or a few. */
export function defaultJobs(files: number, totalBytes: number): number {
  if (files < 2 || totalBytes < MIN_BYTES_FOR_WORKERS) return 1;
  return Math.min(availableParallelism(), files);
}

/** Parses the value of --jobs: a whole number from 1 up. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs 需要一个正整数（并行的工作线程数，如 --jobs 2），收到的是“${value}”`);
  }
  return jobs;
}
