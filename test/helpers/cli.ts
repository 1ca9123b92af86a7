/**
 * Runs the speechkit CLI in-process with a fake CliIo, for tests: no TTY, no colour, output
 * captured as strings.
 */
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunCliOptions {
  /** As SPEECHKIT_DEBUG=1: stack traces of failures are shown. */
  readonly debug?: boolean;
}

export async function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    color: false,
    debug: options.debug ?? false,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A line of a V8 stack trace ("    at fn (file:1:2)"), which users must never see by default. */
export const STACK_LINE = /^\s+at\s/m;
