/**
 * Child process of the benchmark: how well this machine itself runs JavaScript on several threads.
 * The same allocation-heavy loop runs on one worker thread, then on N at once (N times the work);
 * prints JSON { threads, oneMs, manyMs, scaling } where scaling = N × oneMs / manyMs. On a shared or
 * virtual machine it is well below N, and no program can scale better than this.
 * Usage: node bench/tasks/cpu-scaling.mjs N
 */
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

function work() {
  let sum = 0;
  const live = [];
  for (let i = 0; i < 4e6; i++) {
    live.push({ i, key: `k${i % 1000}` });
    if (live.length > 1000) live.length = 0;
    sum += i % 7;
  }
  return sum;
}

if (!isMainThread) {
  for (let round = 0; round < 10; round++) work();
  parentPort.postMessage('done');
} else {
  const run = (threads) =>
    new Promise((resolve) => {
      const start = performance.now();
      let done = 0;
      for (let i = 0; i < threads; i++) {
        new Worker(new URL(import.meta.url)).on('message', () => ++done === threads && resolve(performance.now() - start));
      }
    });
  const threads = Number(process.argv[2] ?? 2);
  await run(1); // warm the file cache and the CPU frequency
  const oneMs = await run(1);
  const manyMs = await run(threads);
  process.stdout.write(JSON.stringify({ threads, oneMs, manyMs, scaling: (threads * oneMs) / manyMs }));
}
