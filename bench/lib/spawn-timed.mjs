/**
 * Runs one child process and measures it: wall time, exit code, captured output and, through GNU
 * time (/usr/bin/time) when the machine has it, the peak resident memory and the CPU time (user +
 * system) of the whole process (worker threads included, as they share the process).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
const MARKER = '__bench_peak_rss_kb__';
export const canMeasureRss = existsSync(GNU_TIME);

/**
 * `stdout: 'ignore'` sends the child's standard output to /dev/null (as `> /dev/null` would), so
 * the benchmark measures the work and not a pipe back to us.
 */
export function spawnTimed(command, args, { stdout = 'pipe', measureRss = false, env, cwd } = {}) {
  const wrap = measureRss && canMeasureRss;
  const file = wrap ? GNU_TIME : command;
  const argv = wrap ? ['-f', `${MARKER} %M %U %S`, command, ...args] : args;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { stdio: ['ignore', stdout, 'pipe'], env: env ?? process.env, cwd });
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (s) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (err += s));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const measured = new RegExp(`${MARKER} (\\d+) ([\\d.]+) ([\\d.]+)`).exec(err);
      // GNU time also notes a non-zero exit on its own line; the caller sees the exit code anyway.
      const stderr = err.replace(new RegExp(`${MARKER} [\\d. ]+\\n?`), '').replace(/^Command exited with non-zero status \d+\n/m, '');
      resolve({
        ms,
        code,
        stdout: out,
        stderr,
        peakRssMb: measured ? Number(measured[1]) / 1024 : null,
        cpuMs: measured ? (Number(measured[2]) + Number(measured[3])) * 1000 : null,
      });
    });
  });
}

/** Runs `times` times and returns every result (callers take the median of what they need). */
export async function spawnRepeated(times, command, args, options) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await spawnTimed(command, args, options));
  return results;
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
