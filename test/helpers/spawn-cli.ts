/**
 * Runs the real `node bin/speechkit.js` in a child process, for what an in-process run cannot show:
 * signals, and permissions as a non-root user. dist/ is built by test/helpers/build-cli.ts.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = `${PROJECT_ROOT}bin/speechkit.js`;

export interface ChildRun {
  /** null when the process was killed by a signal it did not handle. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnCliOptions extends Pick<SpawnOptions, 'uid' | 'gid'> {
  /** Modules for `node --import` (test hooks). */
  readonly preload?: readonly string[];
}

export interface SpawnedCli {
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly done: Promise<ChildRun>;
  /** Everything written to stderr so far. */
  stderr(): string;
}

export function spawnCli(args: readonly string[], options: SpawnCliOptions = {}): SpawnedCli {
  const imports = (options.preload ?? []).flatMap((module) => ['--import', module]);
  const child = spawn(process.execPath, [...imports, BIN, ...args], {
    cwd: PROJECT_ROOT,
    uid: options.uid,
    gid: options.gid,
    env: { ...process.env, NO_COLOR: '1', SPEECHKIT_DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => void (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => void (stderr += text));
  const done = new Promise<ChildRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

/** Runs the CLI to the end. */
export function runCliProcess(args: readonly string[], options: SpawnCliOptions = {}): Promise<ChildRun> {
  return spawnCli(args, options).done;
}
