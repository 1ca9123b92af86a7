#!/usr/bin/env node
/**
 * speechkit's benchmark (`npm run bench`, after `npm run build`). Builds a corpus from the seed
 * speeches, then measures in one run: raw segmentation of each engine (the baseline), analyze end to
 * end on one worker and on every core with the time per stage, cold start, peak memory, export to
 * .docx and linearity. Prints a table and writes the figures to bench/results/.
 *
 *   npm run bench                       # 100 MB corpus, 3 runs of each measure (1 with --no-keywords)
 *   npm run bench -- --size 10 --runs 1 # a quick look
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './lib/make-corpus.mjs';
import { measureAnalyze } from './lib/measure-analyze.mjs';
import { measureColdStart } from './lib/measure-cold-start.mjs';
import { measureExport } from './lib/measure-export.mjs';
import { measureLinearity } from './lib/measure-linearity.mjs';
import { measureMachineScaling, measureSegmenters } from './lib/measure-segmenters.mjs';
import { formatReport } from './lib/print-report.mjs';
import { checkTargets } from './lib/targets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '15' },
    // The --no-keywords variant (no segmentation) is measured once: the whole benchmark then stays
    // under ten minutes on two cores.
    'no-keywords-runs': { type: 'string', default: '1' },
  },
});
const sizeMb = Number(args.size);
const runs = Number(args.runs);
if (!(sizeMb > 0) || !(runs >= 1)) throw new Error('usage: npm run bench -- [--size MB] [--runs N] [--cold-runs N] [--no-keywords-runs N (0: skip)]');
if (!existsSync(join(root, 'dist/bundle/main.js'))) throw new Error('dist/ is missing: run npm run build first');

const log = (text) => process.stderr.write(`bench: ${text}\n`);
if (existsSync(join(root, 'src'))) {
  const newestSource = Math.max(...(await readdir(join(root, 'src'), { recursive: true })).map((f) => statSync(join(root, 'src', f)).mtimeMs));
  if (newestSource > statSync(join(root, 'dist/bundle/main.js')).mtimeMs) log('warning: src/ is newer than dist/ — run npm run build to measure the current code');
}
const started = performance.now();
const seed = join(root, 'corpus/004_df05c4cd14513717.txt');
const cores = availableParallelism();
const loadAtStart = loadavg()[0];
if (loadAtStart > 0.5) log(`warning: load average ${loadAtStart.toFixed(2)} — other work on this machine will skew the figures`);

log(`corpus of ${sizeMb} MB …`);
const corpus = await makeCorpus({ seedDir: join(root, 'corpus'), corpusRoot: join(root, 'bench/corpus'), sizeMb });
log(`${corpus.reused ? 'reused' : 'built'} ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

log('raw segmentation …');
const segmenters = await measureSegmenters({ dir: corpus.filesDir, runs });
const machineScaling = await measureMachineScaling(cores);
const analyze = [];
const noKeywordsRuns = Number(args['no-keywords-runs']);
for (const keywords of noKeywordsRuns > 0 ? [true, false] : [true]) {
  for (const jobs of [...new Set([1, cores])]) {
    log(`analyze --jobs ${jobs}${keywords ? '' : ' --no-keywords'} …`);
    const n = keywords ? runs : noKeywordsRuns;
    analyze.push(await measureAnalyze({ dir: corpus.filesDir, bytes: corpus.bytes, files: corpus.files, jobs, runs: n, keywords }));
  }
}
log('cold start …');
const coldStart = await measureColdStart({ seed, runs: Number(args['cold-runs']) });
log('export …');
const exported = await measureExport({ seed, workDir: join(root, 'bench/corpus/export'), runs });
log('linearity …');
const linearity = await measureLinearity({ ...corpus.linear, runs });

const report = {
  machine: { date: new Date().toISOString(), node: process.version, cores, cpu: cpus()[0]?.model ?? 'unknown', platform: process.platform, loadAtStart },
  command: `npm run bench -- --size ${sizeMb} --runs ${runs} --no-keywords-runs ${noKeywordsRuns}`,
  runs,
  corpus: { sizeMb, dir: corpus.filesDir.replace(root, ''), files: corpus.files, bytes: corpus.bytes },
  segmenters,
  machineScaling,
  analyze,
  coldStart,
  export: exported,
  linearity,
  benchSeconds: 0,
};
report.targets = checkTargets(report);
report.benchSeconds = (performance.now() - started) / 1000;

const resultsDir = join(root, 'bench/results');
await mkdir(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${report.machine.date.slice(0, 19).replace(/:/g, '')}-${sizeMb}mb.json`);
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${formatReport(report)}\n\nbench took ${report.benchSeconds.toFixed(0)} s; figures in ${file.replace(root, '')}\n`);
