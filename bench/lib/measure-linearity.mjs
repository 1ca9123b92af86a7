/**
 * Linearity: analyze of one file against one about ten times larger. Compares the in-process stage
 * totals (`--timings`), so the fixed start-up cost does not hide a stage that grows faster than its
 * input; each run first analyzes a copy of the small file, whose time is then subtracted, so the
 * dictionaries are loaded and the code compiled when the measured file comes (else the small file
 * pays for the warm-up and the ratio flatters). The target is a time ratio of at most 1.2 × the size
 * ratio, for the whole and for each stage that takes long enough to measure.
 */
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './spawn-timed.mjs';
import { failureOf, parseStageTimings, runSpeechkit } from './speechkit.mjs';

/** Stages shorter than this on the small file are noise, not growth. */
const MIN_STAGE_MS = 20;

async function stageTimes(paths, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const run = await runSpeechkit(['analyze', ...paths, '--json', '--timings', '--jobs', '1'], { stdout: 'ignore' });
    const failure = failureOf(run);
    if (failure) return { error: failure };
    const stages = parseStageTimings(run.stderr);
    if (!stages) return { error: 'analyze --timings 未输出阶段耗时' };
    all.push({ stages, totalMs: Object.values(stages).reduce((a, b) => a + b, 0) });
  }
  const totalMs = median(all.map((r) => r.totalMs));
  return all.find((r) => r.totalMs === totalMs);
}

const minus = (a, b) => Object.fromEntries(Object.keys(a).map((s) => [s, Math.max(0, a[s] - b[s])]));

export async function measureLinearity({ small, large, runs }) {
  const sizeRatio = (await stat(large)).size / (await stat(small)).size;
  const dir = await mkdtemp(join(tmpdir(), 'speechkit-bench-'));
  try {
    const warmUp = [join(dir, 'warm-up.txt')];
    await copyFile(small, warmUp[0]);
    return { sizeRatio, ...(await compare(small, large, warmUp, runs)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function compare(small, large, warmUp, runs) {
  const base = await stageTimes(warmUp, runs);
  const a = await stageTimes([...warmUp, small], runs);
  const b = await stageTimes([...warmUp, large], runs);
  const error = base.error ?? a.error ?? b.error;
  if (error) return { error };
  const smallStages = minus(a.stages, base.stages);
  const largeStages = minus(b.stages, base.stages);
  const smallMs = a.totalMs - base.totalMs;
  const largeMs = b.totalMs - base.totalMs;
  const stageRatios = Object.fromEntries(
    Object.keys(largeStages)
      .filter((s) => smallStages[s] >= MIN_STAGE_MS)
      .map((s) => [s, largeStages[s] / smallStages[s]]),
  );
  return { smallMs, largeMs, timeRatio: largeMs / smallMs, stageRatios, smallStages, largeStages };
}
