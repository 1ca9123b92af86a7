/** How the benchmark runs the built CLI: `node bin/speechkit.js …`, as a user's shell would. */
import { fileURLToPath } from 'node:url';
import { spawnTimed } from './spawn-timed.mjs';

export const SPEECHKIT_BIN = fileURLToPath(new URL('../../bin/speechkit.js', import.meta.url));

export function runSpeechkit(args, options) {
  return spawnTimed(process.execPath, [SPEECHKIT_BIN, ...args], options);
}

/** The stage totals `analyze --timings` prints on stderr as its last line, when given --json. */
export function parseStageTimings(stderr) {
  const last = stderr.trim().split('\n').at(-1) ?? '';
  try {
    const parsed = JSON.parse(last);
    return parsed && typeof parsed.stages === 'object' ? parsed.stages : null;
  } catch {
    return null;
  }
}

/** Why a run failed (exit code and its first line of stderr), or null when it exited 0. */
export function failureOf(run) {
  return run.code === 0 ? null : `exit ${run.code}: ${run.stderr.trim().split('\n')[0] ?? ''}`;
}
