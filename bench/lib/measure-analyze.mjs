/**
 * `speechkit analyze DIR --json > /dev/null` end to end (keywords, the stage that segments, are on
 * by default; `keywords: false` adds --no-keywords), with a given number of worker threads:
 * wall time (median of the runs), throughput, peak RSS of the process, cores kept busy, and the time per stage that
 * `--timings` reports (summed over the workers, so with several jobs it is CPU time, not wall time).
 */
import { median } from './spawn-timed.mjs';
import { failureOf, parseStageTimings, runSpeechkit } from './speechkit.mjs';

export async function measureAnalyze({ dir, bytes, files, jobs, runs, keywords = true }) {
  const args = ['analyze', dir, '--json', '--timings', '--jobs', String(jobs), ...(keywords ? [] : ['--no-keywords'])];
  const all = [];
  for (let i = 0; i < runs; i++) {
    const run = await runSpeechkit(args, { stdout: 'ignore', measureRss: true });
    const failure = failureOf(run) ?? (parseStageTimings(run.stderr) ? null : 'analyze --timings 未输出阶段耗时');
    if (failure) return { jobs, keywords, error: failure };
    all.push(run);
  }
  const ms = median(all.map((r) => r.ms));
  const medianRun = all.find((r) => r.ms === ms) ?? all[0];
  return {
    jobs,
    keywords,
    runsMs: all.map((r) => r.ms),
    ms,
    mbPerSec: bytes / 1e6 / (ms / 1000),
    filesPerSec: files / (ms / 1000),
    peakRssMb: Math.max(...all.map((r) => r.peakRssMb ?? 0)) || null,
    // CPU time over wall time of the median run: how many cores the run kept busy (V8's garbage
    // collection and compiling threads and libuv's count, not only the analyzing threads).
    coresBusy: medianRun.cpuMs ? medianRun.cpuMs / medianRun.ms : null,
    stages: parseStageTimings(medianRun.stderr),
  };
}
