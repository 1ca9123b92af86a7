/**
 * Cold start: how long a user waits for `speechkit --version` and for `speechkit analyze` on one
 * speech, against a bare `node -e ''` measured the same way (spawned, median of many runs).
 */
import { median, spawnRepeated } from './spawn-timed.mjs';
import { failureOf, SPEECHKIT_BIN } from './speechkit.mjs';

export async function measureColdStart({ seed, runs }) {
  const time = async (args) => {
    await spawnRepeated(2, process.execPath, args, { stdout: 'ignore' }); // warm the file cache
    const results = await spawnRepeated(runs, process.execPath, args, { stdout: 'ignore' });
    const failure = results.map(failureOf).find(Boolean);
    if (failure) return { error: failure };
    return { ms: median(results.map((r) => r.ms)) };
  };
  const node = await time(['-e', '']);
  const version = await time([SPEECHKIT_BIN, '--version']);
  const analyze = await time([SPEECHKIT_BIN, 'analyze', seed]);
  const ratio = (r) => (r.ms && node.ms ? r.ms / node.ms : null);
  return { runs, seed, nodeMs: node.ms, version: { ...version, ratio: ratio(version) }, analyze: { ...analyze, ratio: ratio(analyze) } };
}
