/**
 * The worker threads behind runInWorkers: files go out to the workers (two queued on each, never too
 * far ahead of the output), outcomes come back in any order and are handed over in file order. A
 * worker that dies is replaced; the file it was on fails, the batch goes on. Each worker's heap is
 * capped: V8 then collects garbage before a thread's heap grows far past what it holds, which keeps
 * two or more threads within the memory of one; a file too big for the cap is run in this thread.
 * Large files go out one at a time: analyzing one takes some 100 MB per MB, so two at once on two
 * threads were the peak of a whole batch.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTaskModule } from './run-in-workers.js';
import { fromTransferable } from './transferable-error.js';
import type { TaskRequest, WorkerMessage, WorkerSetup } from './worker-protocol.js';

/** Files a worker may run ahead of the first file still awaited, so buffered outcomes stay few. */
const LOOKAHEAD_PER_WORKER = 8;
/** Requests a worker holds: the next file waits in its queue, so it never idles for a round trip. */
const IN_FLIGHT_PER_WORKER = 2;

interface PoolWorker {
  readonly thread: Worker;
  /** Indexes of the files sent to it, in order: the first is the one it is working on. */
  readonly inFlight: number[];
  loaded: boolean;
  dead: boolean;
}

export class WorkerPool<O, R> {
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (error: unknown) => void;
  private readonly workers = new Set<PoolWorker>();
  private readonly ready = new Map<number, FileOutcome<R>>();
  private next = 0;
  /** Files to send again: queued on a worker that died before reaching them. */
  private readonly retry: number[] = [];
  private emitted = 0;
  private emitting: Promise<void> = Promise.resolve();
  private finished = false;
  private here: Promise<FileTaskModule<O, R>> | undefined;
  /** The large file sent to a worker and not yet back, if any. */
  private largeInFlight: number | undefined;
  /** Large files passed over while another was in flight, in order. */
  private readonly heldBack: number[] = [];

  constructor(
    private readonly paths: readonly string[],
    private readonly size: number,
    private readonly taskModule: URL,
    private readonly options: O,
    private readonly limits: { readonly heapMb: number; readonly isLarge: (index: number) => boolean },
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
    const thread = new Worker(new URL('./worker-main.js', import.meta.url), {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb },
    });
    const worker: PoolWorker = { thread, inFlight: [], loaded: false, dead: false };
    this.workers.add(worker);
    thread.on('message', (reply: WorkerMessage<R>) => {
      if ('loaded' in reply) {
        worker.loaded = true;
        return;
      }
      worker.inFlight.splice(worker.inFlight.indexOf(reply.index), 1);
      const path = this.paths[reply.index]!;
      this.settle(reply.index, reply.ok ? { path, result: reply.result } : { path, error: fromTransferable(reply.error) });
      if (reply.index === this.largeInFlight) this.largeDone();
      else this.dispatch(worker);
    });
    thread.on('error', (error) => this.lose(worker, error));
    thread.on('exit', (code) => this.lose(worker, new Error(`工作线程意外退出（退出码 ${code}）`)));
    return worker;
  }

  /** Gives the worker files until it holds IN_FLIGHT_PER_WORKER, but never too far ahead of the output. */
  private dispatch(worker: PoolWorker): void {
    while (!worker.dead && !this.finished && worker.inFlight.length < IN_FLIGHT_PER_WORKER) {
      const index = this.nextIndex();
      if (index === undefined) return;
      if (this.limits.isLarge(index)) this.largeInFlight = index;
      worker.inFlight.push(index);
      const request: TaskRequest = { index, path: this.paths[index]! };
      worker.thread.postMessage(request);
    }
  }

  /**
   * The next file to send: a large one held back, once no other is in flight; else one to send again;
   * else the next in order. A large file met while another is in flight is held back, and the
   * small ones after it go on (the output waits for it in order anyway).
   */
  private nextIndex(): number | undefined {
    if (this.largeInFlight === undefined && this.heldBack.length > 0) return this.heldBack.shift();
    for (;;) {
      let index = this.retry.shift();
      if (index === undefined) {
        if (this.next >= this.paths.length || this.next - this.emitted >= this.size * LOOKAHEAD_PER_WORKER) return undefined;
        index = this.next++;
      }
      if (this.largeInFlight === undefined || !this.limits.isLarge(index)) return index;
      this.heldBack.push(index);
    }
  }

  /** The large file in flight is back (or its worker is gone): the next large one may go. */
  private largeDone(): void {
    this.largeInFlight = undefined;
    for (const worker of this.workers) this.dispatch(worker);
  }

  /**
   * A worker died (a crash in native code, out of memory): the file it was on fails with that error,
   * the one waiting in its queue goes to another, and a new worker takes its place. One that dies
   * before it has loaded the task module would die again, so the whole run fails rather than
   * respawning forever.
   */
  private lose(worker: PoolWorker, error: Error): void {
    if (worker.dead || this.finished) return;
    worker.dead = true;
    this.workers.delete(worker);
    if (!worker.loaded) return this.fail(error);
    const [current, ...queued] = worker.inFlight;
    this.retry.push(...queued);
    // A large file it was on runs here or fails; one it held goes out again like any other.
    if (this.largeInFlight !== undefined && worker.inFlight.includes(this.largeInFlight)) this.largeInFlight = undefined;
    if (current !== undefined) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') this.runHere(current);
      else this.settle(current, { path: this.paths[current]!, error });
    }
    this.dispatch(this.spawn());
  }

  /** A file that outgrew a worker's heap cap runs in this thread, which has no cap. */
  private runHere(index: number): void {
    const path = this.paths[index]!;
    this.here ??= import(this.taskModule.href) as Promise<FileTaskModule<O, R>>;
    this.here
      .then((task) => task.runTask(path, this.options))
      .then(
        (result) => this.settle(index, { path, result }),
        (error: unknown) => this.settle(index, { path, error: error instanceof Error ? error : new Error(String(error)) }),
      );
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
