/**
 * Runs one task per file on a pool of worker threads and hands the outcomes back in the order of the
 * files, as each is ready, so a command can stream its output and never hold a whole corpus. With one
 * job (or one file) the task runs in this thread: no worker start-up cost for a single speech.
 */
import { WorkerPool } from './worker-pool.js';

/** What a task module exports: the work for one file. Its result must be structured-cloneable. */
export interface FileTaskModule<O, R> {
  runTask(path: string, options: O): Promise<R>;
}

export type FileOutcome<R> =
  | { readonly path: string; readonly result: R; readonly error?: undefined }
  | { readonly path: string; readonly error: Error; readonly result?: undefined };

export interface RunInWorkersOptions<O> {
  /** Worker threads to use; 1 runs everything in this thread. */
  readonly jobs: number;
  /** The task module (a built .js file: workers load plain JavaScript). */
  readonly taskModule: URL;
  /** Passed to every runTask call; must be structured-cloneable. */
  readonly options: O;
  /** Heap cap of each worker thread in MB (default WORKER_HEAP_MB). */
  readonly workerHeapMb?: number;
  /** Size of each file in bytes, if known: files of LARGE_FILE_BYTES and more go to workers one at a time. */
  readonly sizes?: readonly number[];
}

/**
 * A bound on each worker's heap, so that a runaway file cannot take the machine's memory: a 10 MB
 * speech, the largest measured, fits; a larger one is run in the main thread instead. (On the 100 MB
 * benchmark corpus the cap took two threads from 880 to 550 MB before large files were sent one at a
 * time; since then caps of 128–300 MB measured alike, within the 560–640 MB runs vary by.)
 */
export const WORKER_HEAP_MB = 300;

/**
 * A file as large as some fifty speeches. Analyzing a 3 MB file takes 320 MB at its peak, and two
 * such files at once on two threads took the 100 MB benchmark batch to 670 MB; one at a time, the
 * rest of the batch going on beside it, keeps it near what one thread needs.
 */
export const LARGE_FILE_BYTES = 1_000_000;

export async function runInWorkers<O, R>(
  paths: readonly string[],
  { jobs, taskModule, options, workerHeapMb = WORKER_HEAP_MB, sizes }: RunInWorkersOptions<O>,
  onOutcome: (outcome: FileOutcome<R>, index: number) => void | Promise<void>,
): Promise<void> {
  if (jobs <= 1 || paths.length <= 1) return runHere(paths, taskModule, options, onOutcome);
  return new WorkerPool<O, R>(
    paths,
    Math.min(jobs, paths.length),
    taskModule,
    options,
    { heapMb: workerHeapMb, isLarge: (index) => (sizes?.[index] ?? 0) >= LARGE_FILE_BYTES },
    onOutcome,
  ).done;
}

async function runHere<O, R>(
  paths: readonly string[],
  taskModule: URL,
  options: O,
  onOutcome: (outcome: FileOutcome<R>, index: number) => void | Promise<void>,
): Promise<void> {
  const task = (await import(taskModule.href)) as FileTaskModule<O, R>;
  for (const [index, path] of paths.entries()) {
    let outcome: FileOutcome<R>;
    try {
      outcome = { path, result: await task.runTask(path, options) };
    } catch (error) {
      outcome = { path, error: error instanceof Error ? error : new Error(String(error)) };
    }
    await onOutcome(outcome, index);
    // Let the event loop turn between files (the work itself never waits on it): Ctrl-C, timers and
    // output draining are handled during a long batch, not after it.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
