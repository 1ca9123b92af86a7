/**
 * `speechkit analyze` streams its report file by file and may spread the files over worker threads;
 * the output must stay exactly what the whole-report renderers give, in file order, and a file that
 * fails must cost one line, not the batch.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { collectInputs } from '../../src/io/collect-inputs.js';
import { readSource } from '../../src/io/read-source.js';
import { renderJsonReport } from '../../src/report/analysis-json.js';
import { renderMarkdownReport } from '../../src/report/render-markdown-report.js';
import { renderTextReport } from '../../src/report/render-text-report.js';
import { runCli } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = 'corpus/';
const SEED = 'corpus/004_df05c4cd14513717.txt';

async function analyzeWhole(paths: readonly string[]) {
  const inputs = await collectInputs(paths);
  return Promise.all(inputs.map(async (input) => analyzeSource(await readSource(input.path))));
}

/** The built CLI in a child process, as a user runs it (workers load dist/, built by the global setup). */
function speechkit(args: readonly string[]) {
  const child = spawnSync(process.execPath, [join(root, 'bin/speechkit.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the streamed analyze report', () => {
  it('is byte for byte the whole-report JSON, text and Markdown, for a directory and for one file', async () => {
    const seeds = await analyzeWhole([CORPUS]);
    // Keywords are left out: the whole-report renderers here get analyses without them.
    const analyze = async (...args: string[]) => (await runCli(['analyze', '--no-keywords', ...args])).stdout;
    expect(await analyze('--json', CORPUS)).toBe(renderJsonReport(seeds, true));
    expect(await analyze(CORPUS)).toBe(renderTextReport(seeds, { color: false }));
    expect(await analyze('--md', CORPUS)).toBe(renderMarkdownReport(seeds));
    const one = await analyzeWhole([SEED]);
    expect(await analyze('--json', SEED)).toBe(renderJsonReport(one, false));
    expect(await analyze(SEED)).toBe(renderTextReport(one, { color: false }));
  });

  it('with --timings, ends with the time of each stage on stderr', async () => {
    const result = await runCli(['analyze', '--json', '--timings', SEED]);
    const { stages } = JSON.parse(result.stderr.trim().split('\n').at(-1)!) as { stages: Record<string, number> };
    expect(Object.keys(stages)).toEqual(['read', 'clean', 'normalize', 'parse', 'analyze', 'segment', 'render']);
    expect(stages.analyze).toBeGreaterThan(0);
    const text = await runCli(['analyze', '--timings', SEED]);
    expect(text.stderr).toMatch(/^各阶段耗时（毫秒，多线程时为各线程之和）：读取 \d+，清理 \d+/m);
  });

  it('refuses a --jobs that is not a positive whole number, in one line', async () => {
    const result = await runCli(['analyze', '--jobs', '0', SEED]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('错误：--jobs 需要一个正整数（并行的工作线程数，如 --jobs 2），收到的是“0”\n');
  });
});

describe('analyze --jobs 2 (worker threads, from the built dist/)', () => {
  it('writes the same report as one thread, in file order', async () => {
    for (const format of [['--json', '--keywords', '12'], []]) {
      const parallel = speechkit(['analyze', CORPUS, ...format, '--jobs', '2']);
      expect(parallel.code).toBe(0);
      expect(parallel.stdout).toBe((await runCli(['analyze', CORPUS, ...format])).stdout);
    }
  });

  it('reports a file a worker cannot read on one line, in its place, and goes on with the batch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speechkit-jobs-'));
    for (const name of readdirSync(join(root, CORPUS)).filter((n) => n.endsWith('.txt'))) copyFileSync(join(root, CORPUS, name), join(dir, name));
    const broken = join(dir, '002b_会议讲话.docx');
    writeFileSync(broken, '同志们：今天我们召开机关党建工作会议。');
    const result = speechkit(['analyze', '--json', '--jobs', '2', dir]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^错误：${broken}: .*不是 Word 文档`));
    expect(lines[1]).toBe(`共 6 个文件，1 个失败：${broken}`);
    const paths = (JSON.parse(result.stdout) as { documents: { path: string }[] }).documents.map((d) => d.path);
    expect(paths).toEqual(['000', '001', '002', '003', '004'].map((n) => expect.stringContaining(`${dir}/${n}_`)));
  });
});
