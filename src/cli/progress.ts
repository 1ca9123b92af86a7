import type { CliIo } from './cli-io.js';

/** A batch's progress: one step per file; messages printed meanwhile go above the bar. */
export interface Progress {
  /** The io to print through while the bar is shown (stderr lines are logged above the bar). */
  readonly io: CliIo;
  advance(): void;
  stop(): void;
}

/** Batches shorter than this finish before a bar would be worth drawing. */
const MIN_FILES_FOR_BAR = 5;

/**
 * A progress bar on stderr (cli-progress, loaded only when drawn) for a batch of `total` files, when
 * stderr is a terminal; otherwise a progress that does nothing, so pipes and CI logs stay clean.
 */
export async function startProgress(io: CliIo, total: number, label: string): Promise<Progress> {
  if (!io.progress || total < MIN_FILES_FOR_BAR) return { io, advance: () => {}, stop: () => {} };
  const { MultiBar } = (await import('cli-progress')).default;
  const bars = new MultiBar({
    format: `${label} [{bar}] {value}/{total} 个文件 · 预计还需 {eta_formatted}`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stderr,
  });
  const bar = bars.create(total, 0);
  const logged: CliIo = { ...io, stderr: (text) => bars.log(text.endsWith('\n') ? text : `${text}\n`) };
  const stop = (): void => {
    bars.update(); // cli-progress prints logged lines only on a redraw, and stop() does not redraw
    bars.stop();
  };
  return { io: logged, advance: () => bar.increment(), stop };
}
