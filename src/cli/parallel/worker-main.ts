/**
 * The entry of each worker thread: loads the task module once, then runs the files the pool sends,
 * one at a time in the order sent, and posts back the result or the error. A file that
 * fails is reported and the worker goes on with the next. Requests sent while the module loads wait
 * in the port's queue, which starts when the listener is attached; `loaded` tells the pool that a
 * later crash is the file's fault, not the module's.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { FileTaskModule } from './run-in-workers.js';
import { toTransferable } from './transferable-error.js';
import type { TaskRequest, WorkerMessage, WorkerSetup } from './worker-protocol.js';

if (!parentPort) throw new Error('worker-main.js runs only as a worker thread');
const port: MessagePort = parentPort;

const setup = workerData as WorkerSetup;
const task = (await import(setup.taskModule)) as FileTaskModule<unknown, unknown>;

async function run({ index, path }: TaskRequest): Promise<void> {
  let reply: WorkerMessage<unknown>;
  try {
    reply = { index, ok: true, result: await task.runTask(path, setup.options) };
  } catch (error) {
    reply = { index, ok: false, error: toTransferable(error) };
  }
  port.postMessage(reply);
}

// Strictly one file after the other, in the order sent: the pool blames a crash on the oldest request.
let queue = Promise.resolve();
port.on('message', (request: TaskRequest) => {
  queue = queue.then(() => run(request));
});
port.postMessage({ loaded: true } satisfies WorkerMessage<unknown>);
