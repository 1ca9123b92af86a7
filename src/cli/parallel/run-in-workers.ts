/**
 * Runs one task per file on a pool of worker threads and hands the outcomes back in the order of the
 * files, as each is ready, so a command can stream its output and never hold a whole corpus. With one
 * job (or one file) the task runs in this thread: no worker start-up cost for a single speech.
 */
import { Worker } from 'node:worker_threads';
import { fromTransferable, type TransferableError } from './transferable-error.js';

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
}

/** Messages between the pool and worker-main.ts. */
export interface WorkerSetup {
  readonly taskModule: string;
  readonly options: unknown;
}
export interface TaskRequest {
  readonly index: number;
  readonly path: string;
}
/** A worker says `loaded` once the task module is imported, then replies to each request. */
export type WorkerMessage<R> =
  | { readonly loaded: true }
  | { readonly index: number; readonly ok: true; readonly result: R }
  | { readonly index: number; readonly ok: false; readonly error: TransferableError };

/** Files a worker may run ahead of the first file still awaited, so buffered outcomes stay few. */
const LOOKAHEAD_PER_WORKER = 8;

export async function runInWorkers<O, R>(
  paths: readonly string[],
  { jobs, taskModule, options }: RunInWorkersOptions<O>,
  onOutcome: (outcome: FileOutcome<R>, index: number) => void | Promise<void>,
): Promise<void> {
  if (jobs <= 1 || paths.length <= 1) return runHere(paths, taskModule, options, onOutcome);
  return new WorkerPool<O, R>(paths, Math.min(jobs, paths.length), taskModule, options, onOutcome).done;
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
  }
}

interface PoolWorker {
  readonly thread: Worker;
  /** Index of the file it is working on. */
  current?: number;
  loaded: boolean;
  dead: boolean;
}

class WorkerPool<O, R> {
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (error: unknown) => void;
  private readonly workers = new Set<PoolWorker>();
  private readonly ready = new Map<number, FileOutcome<R>>();
  private next = 0;
  private emitted = 0;
  private emitting: Promise<void> = Promise.resolve();
  private finished = false;

  constructor(
    private readonly paths: readonly string[],
    private readonly size: number,
    private readonly taskModule: URL,
    private readonly options: O,
    private readonly onOutcome: (outcome: FileOutcome<R>, index: number) => void | Promise<void>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    for (let i = 0; i < size; i++) this.dispatch(this.spawn());
  }

  private spawn(): PoolWorker {
    const setup: WorkerSetup = { taskModule: this.taskModule.href, options: this.options };
    const thread = new Worker(new URL('./worker-main.js', import.meta.url), { workerData: setup });
    const worker: PoolWorker = { thread, loaded: false, dead: false };
    this.workers.add(worker);
    thread.on('message', (reply: WorkerMessage<R>) => {
      if ('loaded' in reply) {
        worker.loaded = true;
        return;
      }
      worker.current = undefined;
      const path = this.paths[reply.index]!;
      this.settle(reply.index, reply.ok ? { path, result: reply.result } : { path, error: fromTransferable(reply.error) });
      this.dispatch(worker);
    });
    thread.on('error', (error) => this.lose(worker, error));
    thread.on('exit', (code) => this.lose(worker, new Error(`工作线程意外退出（退出码 ${code}）`)));
    return worker;
  }

  /** Gives the worker the next file, unless it would run too far ahead of the output. */
  private dispatch(worker: PoolWorker): void {
    if (worker.dead || worker.current !== undefined || this.finished) return;
    if (this.next >= this.paths.length || this.next - this.emitted >= this.size * LOOKAHEAD_PER_WORKER) return;
    worker.current = this.next++;
    const request: TaskRequest = { index: worker.current, path: this.paths[worker.current]! };
    worker.thread.postMessage(request);
  }

  /**
   * A worker died (a crash in native code, out of memory): its file fails with that error and a new
   * worker takes its place. One that dies before it has loaded the task module would die again, so
   * the whole run fails rather than respawning forever.
   */
  private lose(worker: PoolWorker, error: Error): void {
    if (worker.dead || this.finished) return;
    worker.dead = true;
    this.workers.delete(worker);
    if (!worker.loaded) return this.fail(error);
    if (worker.current !== undefined) this.settle(worker.current, { path: this.paths[worker.current]!, error });
    this.dispatch(this.spawn());
  }

  private settle(index: number, outcome: FileOutcome<R>): void {
    this.ready.set(index, outcome);
    this.emitting = this.emitting.then(() => this.emitReady()).catch((error: unknown) => this.fail(error));
  }

  /** Hands over outcomes in file order; then lets idle workers run ahead again. */
  private async emitReady(): Promise<void> {
    for (let outcome = this.ready.get(this.emitted); outcome && !this.finished; outcome = this.ready.get(this.emitted)) {
      this.ready.delete(this.emitted);
      await this.onOutcome(outcome, this.emitted);
      this.emitted++;
    }
    if (this.emitted === this.paths.length) return this.finish();
    for (const worker of this.workers) this.dispatch(worker);
  }

  private finish(): void {
    this.stop();
    this.resolve();
  }

  private fail(error: unknown): void {
    if (this.finished) return;
    this.stop();
    this.reject(error);
  }

  private stop(): void {
    this.finished = true;
    for (const worker of this.workers) {
      worker.dead = true;
      void worker.thread.terminate();
    }
    this.workers.clear();
  }
}
