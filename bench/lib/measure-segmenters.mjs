/**
 * The baselines: raw segmentation speed of each installed engine over the corpus text (in a child
 * process per engine, so one engine's dictionary and garbage do not weigh on the other's figures),
 * and how far the machine itself scales on several threads.
 */
import { fileURLToPath } from 'node:url';
import { median, spawnTimed } from './spawn-timed.mjs';

const CUT_CORPUS = fileURLToPath(new URL('../tasks/cut-corpus.mjs', import.meta.url));
const CPU_SCALING = fileURLToPath(new URL('../tasks/cpu-scaling.mjs', import.meta.url));
export const ENGINES = ['node-rs', 'nodejieba'];

/** The machine's own scaling from one thread to `threads` (see tasks/cpu-scaling.mjs). */
export async function measureMachineScaling(threads) {
  const child = await spawnTimed(process.execPath, [CPU_SCALING, String(threads)]);
  return child.code === 0 ? JSON.parse(child.stdout) : { threads, error: child.stderr.trim().split('\n').at(-1) };
}

export async function measureSegmenters({ dir, runs }) {
  const results = [];
  for (const engine of ENGINES) {
    const child = await spawnTimed(process.execPath, [CUT_CORPUS, engine, dir, String(runs)]);
    if (child.code !== 0) {
      results.push({ engine, error: child.stderr.trim().split('\n').at(-1) || `exit ${child.code}` });
      continue;
    }
    const { bytes, files, loadMs, runsMs } = JSON.parse(child.stdout);
    const ms = median(runsMs);
    results.push({ engine, bytes, files, loadMs, runsMs, ms, mbPerSec: bytes / 1e6 / (ms / 1000) });
  }
  return results;
}
