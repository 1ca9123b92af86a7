/**
 * Linearity: analyze of one file against one about ten times larger. Compares the in-process stage
 * totals (`--timings`), so the fixed start-up cost does not hide a stage that grows faster than its
 * input; the target is a time ratio of at most 1.2 × the size ratio, for the whole and for each stage.
 */
import { stat } from 'node:fs/promises';
import { median } from './spawn-timed.mjs';
import { failureOf, parseStageTimings, runSpeechkit } from './speechkit.mjs';

async function timeFile(path, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const run = await runSpeechkit(['analyze', path, '--json', '--timings', '--jobs', '1'], { stdout: 'ignore' });
    const failure = failureOf(run);
    if (failure) return { error: failure };
    const stages = parseStageTimings(run.stderr);
    if (!stages) return { error: 'analyze --timings 未输出阶段耗时' };
    all.push({ wallMs: run.ms, stages, totalMs: Object.values(stages).reduce((a, b) => a + b, 0) });
  }
  const totalMs = median(all.map((r) => r.totalMs));
  return { ...all.find((r) => r.totalMs === totalMs), totalMs };
}

export async function measureLinearity({ small, large, runs }) {
  const sizeRatio = (await stat(large)).size / (await stat(small)).size;
  const a = await timeFile(small, runs);
  const b = await timeFile(large, runs);
  if (a.error || b.error) return { sizeRatio, error: a.error ?? b.error };
  const stageRatios = Object.fromEntries(
    Object.keys(b.stages)
      // Stages under a few milliseconds are noise, not growth.
      .filter((s) => a.stages[s] >= 2)
      .map((s) => [s, b.stages[s] / a.stages[s]]),
  );
  return { sizeRatio, smallMs: a.totalMs, largeMs: b.totalMs, timeRatio: b.totalMs / a.totalMs, stageRatios };
}
