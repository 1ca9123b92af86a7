/** The messages between the worker pool (worker-pool.ts) and each worker thread (worker-main.ts). */
import type { TransferableError } from './transferable-error.js';

/** What every worker is started with. */
export interface WorkerSetup {
  readonly taskModule: string;
  readonly options: unknown;
}

/** One file to run the task on; `index` is its place in the batch. */
export interface TaskRequest {
  readonly index: number;
  readonly path: string;
}

/** A worker says `loaded` once the task module is imported, then replies to each request. */
export type WorkerMessage<R> =
  | { readonly loaded: true }
  | { readonly index: number; readonly ok: true; readonly result: R }
  | { readonly index: number; readonly ok: false; readonly error: TransferableError };
