/** Where the CLI writes, so commands can be run in-process by tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stdout is an interactive terminal (progress bars, colour). */
  readonly isTTY: boolean;
  /** Colour allowed: a TTY and NO_COLOR unset (or FORCE_COLOR set). */
  readonly color: boolean;
  /** Show stack traces of unexpected failures (--debug or SPEECHKIT_DEBUG=1). */
  readonly debug: boolean;
  /** stderr is an interactive terminal: long batches show a progress bar there. */
  readonly progress?: boolean;
}

export function processIo(): CliIo {
  const isTTY = Boolean(process.stdout.isTTY);
  const env = process.env;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : isTTY && !('NO_COLOR' in env && env.NO_COLOR !== '');
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY,
    color,
    debug: env.SPEECHKIT_DEBUG === '1',
    progress: Boolean(process.stderr.isTTY) && !env.CI,
  };
}
