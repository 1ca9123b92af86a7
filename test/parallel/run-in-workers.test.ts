import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as PoolModule from '../../src/cli/parallel/run-in-workers.js';
import type { FileOutcome } from '../../src/cli/parallel/run-in-workers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const taskModule = new URL('./fixtures/first-line-task.mjs', import.meta.url);
const seeds = ['000_abbf707b744d89e9.txt', '001_496adbc9182e7b34.txt', '002_e3a15817498c2af4.txt', '004_df05c4cd14513717.txt'].map(
  (name) => join(root, 'corpus', name),
);
const missing = join(root, 'corpus', '不存在的讲话.txt');

interface FirstLine {
  readonly firstLine: string;
  readonly chars: number;
}
type Options = { slowPath?: string; crashPath?: string; hogPath?: string; logFile?: string };

let pool: typeof PoolModule;

beforeAll(async () => {
  // Worker threads load plain JavaScript, so the pool is tested as built into dist/ (by the global
  // setup, test/helpers/build-cli.ts), as users run it.
  const built = join(root, 'dist/cli/parallel/run-in-workers.js');
  expect(existsSync(built), 'npm run build 未生成 dist/cli/parallel/run-in-workers.js').toBe(true);
  pool = (await import(pathToFileURL(built).href)) as typeof PoolModule;
});

async function collect(paths: readonly string[], jobs: number, options: Options = {}, limits: { workerHeapMb?: number; sizes?: number[] } = {}) {
  const seen: { index: number; outcome: FileOutcome<FirstLine> }[] = [];
  await pool.runInWorkers<Options, FirstLine>(paths, { jobs, taskModule, options, ...limits }, (outcome, index) => {
    seen.push({ index, outcome });
  });
  return seen;
}

describe('runInWorkers', () => {
  it('hands outcomes over in file order although the first file finishes last', async () => {
    const paths = [...seeds, ...seeds];
    const seen = await collect(paths, 2, { slowPath: seeds[0] });
    expect(seen.map((s) => s.index)).toEqual(paths.map((_, i) => i));
    expect(seen.map((s) => s.outcome.path)).toEqual(paths);
    expect(seen[0]!.outcome.result?.firstLine).toBe('机关党建创新会讲话');
    expect(seen[2]!.outcome.result?.firstLine).toBe('努力搞好機關黨組織建設');
  });

  it('gives the same results on two workers as in this thread', async () => {
    const inWorkers = await collect(seeds, 2);
    const here = await collect(seeds, 1);
    expect(inWorkers).toEqual(here);
  });

  it('reports a file that fails with its own error and goes on with the batch', async () => {
    for (const jobs of [1, 2]) {
      const seen = await collect([seeds[0]!, missing, seeds[1]!], jobs);
      const error = seen[1]!.outcome.error;
      expect(error?.name).toBe('InputError');
      expect(error?.message).toContain('找不到该文件');
      expect((error as { file?: string }).file).toBe(missing);
      expect(seen[2]!.outcome.result?.firstLine).toBe('您好, 欢迎访问洛阳机关党建网! 设为首页 | 加入收藏');
    }
  });

  it('replaces a worker that dies, failing only the file it was on', async () => {
    const paths = [seeds[0]!, seeds[1]!, seeds[2]!, seeds[3]!, seeds[0]!];
    const seen = await collect(paths, 2, { crashPath: seeds[2] });
    expect(seen.map((s) => s.outcome.error?.message ?? 'ok')).toEqual(['ok', 'ok', '工作线程意外退出（退出码 3）', 'ok', 'ok']);
  });

  it('runs a file that outgrows the heap cap of a worker in this thread instead', async () => {
    const paths = [seeds[0]!, seeds[1]!, seeds[2]!, seeds[3]!];
    const seen = await collect(paths, 2, { hogPath: seeds[1] }, { workerHeapMb: 32 });
    expect(seen.map((s) => s.outcome.error?.message ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(seen[1]!.outcome.result?.firstLine).toBe('您好, 欢迎访问洛阳机关党建网! 设为首页 | 加入收藏');
  });

  it('never has two large files in flight at once, and goes on with small ones beside a large one', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'speechkit-pool-')), 'log.txt');
    // Files 0, 2 and 4 count as large; file 0 is slow, and without the rule the second worker would
    // start file 2 beside it.
    const paths = [seeds[0]!, seeds[2]!, seeds[1]!, seeds[2]!, seeds[3]!];
    const sizes = [2_000_000, 10_000, 2_000_000, 10_000, 2_000_000];
    const seen = await collect(paths, 2, { slowPath: seeds[0], logFile: log }, { sizes });
    expect(seen.map((s) => s.outcome.path)).toEqual(paths);
    const events = readFileSync(log, 'utf8').trim().split('\n');
    const large = new Set([seeds[0], seeds[1], seeds[3]]);
    expect(events.filter((e) => e.startsWith('start')).length).toBe(5);
    let running = 0;
    for (const event of events) {
      const [what, path] = event.split(' ') as [string, string];
      if (!large.has(path)) continue;
      running += what === 'start' ? 1 : -1;
      expect(running, events.join('\n')).toBeLessThanOrEqual(1);
    }
    // The small file after the held-back large one started while the first large one was running.
    expect(events.indexOf(`start ${seeds[2]}`)).toBeLessThan(events.indexOf(`end ${seeds[0]}`));
  });

  it('fails the run, instead of respawning forever, when workers cannot load the task module', async () => {
    const broken = new URL('./fixtures/no-such-task.mjs', import.meta.url);
    const run = pool.runInWorkers(seeds, { jobs: 2, taskModule: broken, options: {} }, () => {});
    await expect(run).rejects.toThrow(/no-such-task/);
  });
});
