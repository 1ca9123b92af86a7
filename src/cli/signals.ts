import { rmSync } from 'node:fs';
import { pendingTempFiles } from '../io/atomic-write.js';

/** Exit codes of a process stopped by a signal, as shells report them: 128 + the signal number. */
const EXIT_CODE_BY_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * On Ctrl-C (SIGINT) or SIGTERM: removes the temp files of writes still in progress and exits
 * 130 / 143. Existing files are never touched by an interrupted write, because writeFileAtomic only
 * renames a complete temp file over its target. Installed by bin/speechkit.js, not by run(), so
 * in-process test runs keep the test runner's own handlers.
 */
export function installSignalHandlers(stderr: (text: string) => void = (text) => void process.stderr.write(text)): void {
  for (const [signal, exitCode] of Object.entries(EXIT_CODE_BY_SIGNAL)) {
    process.once(signal, () => {
      const removed = removePendingTempFiles();
      const note = removed > 0 ? `，已删除 ${removed} 个未写完的临时文件` : '';
      stderr(`\n已中断（${signal}）${note}；正在写入的文件保持原样。\n`);
      process.exit(exitCode);
    });
  }
}

/** Deletes every temp file a write has not yet renamed into place; returns how many there were. */
export function removePendingTempFiles(): number {
  const temps = [...pendingTempFiles];
  for (const temp of temps) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Exiting anyway; a temp file we cannot delete is a hidden dot-file that later runs skip.
    }
    pendingTempFiles.delete(temp);
  }
  return temps.length;
}
