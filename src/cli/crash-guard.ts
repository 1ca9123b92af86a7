import { processIo } from './cli-io.js';
import { EXIT_FATAL, EXIT_OK } from './exit-codes.js';
import { reportFailure } from './main.js';
import { removePendingTempFiles } from './signals.js';

/**
 * Last resort for failures outside run()'s try/catch (an error event, a promise nobody awaited):
 * the user gets the same one line as any other failure — the stack only with --debug or
 * SPEECHKIT_DEBUG=1 — unfinished temp files are removed, and the exit code is 2. A reader that
 * stops reading (`speechkit normalize 目录 | head`) ends the run quietly, as it does for Unix tools.
 */
export function installCrashGuard(argv: readonly string[]): void {
  const io = processIo();
  const debugIo = { ...io, debug: io.debug || argv.includes('--debug') };
  const fail = (error: unknown): void => {
    removePendingTempFiles();
    reportFailure(error, debugIo);
    process.exit(EXIT_FATAL);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') return fail(error);
    removePendingTempFiles();
    process.exit(EXIT_OK);
  });
}
