/**
 * Cold start: how long a user waits for `speechkit --version` and for `speechkit analyze` on one
 * speech (with and without keywords), against a bare `node -e ''` measured the same way. With hyperfine installed (apt-get
 * install hyperfine) it does the timing (no shell, warm-up runs, median); else each command is
 * spawned from here and the median taken.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, spawnRepeated } from './spawn-timed.mjs';
import { failureOf, SPEECHKIT_BIN } from './speechkit.mjs';

const hasHyperfine = spawnSync('hyperfine', ['--version']).status === 0;

/** Median wall time (ms) of each command line, by hyperfine. */
function timeWithHyperfine(commands, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'speechkit-bench-'));
  try {
    const file = join(dir, 'cold.json');
    const quoted = commands.map((argv) => argv.map((a) => (a === '' ? "''" : a.includes(' ') ? `'${a}'` : a)).join(' '));
    const run = spawnSync('hyperfine', ['-N', '--warmup', '3', '--runs', String(runs), '--export-json', file, ...quoted], { encoding: 'utf8' });
    if (run.status !== 0) return commands.map(() => ({ error: run.stderr.trim().split('\n').at(-1) ?? `hyperfine exit ${run.status}` }));
    // CPU time (user + system) too: unlike wall time it hardly moves when other work shares the machine.
    return JSON.parse(readFileSync(file, 'utf8')).results.map((r) => ({ ms: r.median * 1000, cpuMs: (r.user + r.system) * 1000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeBySpawning(argv, runs) {
  const [command, ...args] = argv;
  await spawnRepeated(3, command, args, { stdout: 'ignore' }); // warm the file cache
  const results = await spawnRepeated(runs, command, args, { stdout: 'ignore' });
  const failure = results.map(failureOf).find(Boolean);
  return failure ? { error: failure } : { ms: median(results.map((r) => r.ms)) };
}

export async function measureColdStart({ seed, runs }) {
  const commands = [
    [process.execPath, '-e', ''],
    [process.execPath, SPEECHKIT_BIN, '--version'],
    [process.execPath, SPEECHKIT_BIN, 'analyze', seed],
    // Without keywords, no segmenter dictionary is loaded.
    [process.execPath, SPEECHKIT_BIN, 'analyze', seed, '--no-keywords'],
  ];
  // hyperfine does not say why a command failed: one plain run first checks that each works.
  let failure = null;
  for (const [command, ...args] of commands) failure ??= failureOf((await spawnRepeated(1, command, args, { stdout: 'ignore' }))[0]);
  let timings;
  if (failure) timings = commands.map(() => ({ error: failure }));
  else if (hasHyperfine) timings = timeWithHyperfine(commands, runs);
  else {
    timings = [];
    for (const argv of commands) timings.push(await timeBySpawning(argv, runs));
  }
  const [node, version, analyze, analyzeNoKeywords] = timings;
  const ratios = (r) => ({
    ratio: r.ms && node.ms ? r.ms / node.ms : null,
    cpuRatio: r.cpuMs && node.cpuMs ? r.cpuMs / node.cpuMs : null,
  });
  return {
    runs,
    tool: hasHyperfine ? 'hyperfine' : 'spawn',
    seed,
    nodeMs: node.ms,
    nodeCpuMs: node.cpuMs ?? null,
    version: { ...version, ...ratios(version) },
    analyze: { ...analyze, ...ratios(analyze) },
    analyzeNoKeywords: { ...analyzeNoKeywords, ...ratios(analyzeNoKeywords) },
  };
}
