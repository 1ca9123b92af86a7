/**
 * The entry of each worker thread: loads the task module once, then runs the files the pool sends
 * (one at a time: the pool waits for each reply) and posts back the result or the error. A file that
 * fails is reported and the worker goes on with the next. Requests sent while the module loads wait
 * in the port's queue, which starts when the listener is attached; `loaded` tells the pool that a
 * later crash is the file's fault, not the module's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileTaskModule, TaskRequest, WorkerMessage, WorkerSetup } from './run-in-workers.js';
import { toTransferable } from './transferable-error.js';

const port = parentPort;
if (!port) throw new Error('worker-main.js runs only as a worker thread');

const setup = workerData as WorkerSetup;
const task = (await import(setup.taskModule)) as FileTaskModule<unknown, unknown>;

port.on('message', async ({ index, path }: TaskRequest) => {
  let reply: WorkerMessage<unknown>;
  try {
    reply = { index, ok: true, result: await task.runTask(path, setup.options) };
  } catch (error) {
    reply = { index, ok: false, error: toTransferable(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ loaded: true } satisfies WorkerMessage<unknown>);
