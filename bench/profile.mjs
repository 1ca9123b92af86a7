#!/usr/bin/env node
/**
 * Where the time of `speechkit analyze` goes: runs it on one thread under `node --cpu-prof` (from
 * the unbundled build, so functions keep their module names) and prints the self time per stage and
 * per function. The profile itself is kept for Chrome DevTools or speedscope.
 *
 *   npm run build && npm run bench:profile                  # the 5 MB bench corpus (npm run bench builds it)
 *   npm run bench:profile -- DIR_OR_FILE [--top 40]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarizeProfile } from './lib/summarize-profile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const input = positionals[0] ?? join(root, 'bench/corpus/5mb/files');
if (!existsSync(input)) throw new Error(`${input} is missing: give a file or directory, or run npm run bench -- --size 5 --runs 1 first`);
if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build first');

const dir = join(root, 'bench/results/profiles', new Date().toISOString().replace(/[:.]/g, '').slice(0, 17));
mkdirSync(dir, { recursive: true });
const child = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', dir, join(root, 'bench/tasks/analyze-unbundled.mjs'), 'analyze', input, '--json', '--jobs', '1'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (child.status !== 0) throw new Error(`analyze exited with ${child.status}`);
const file = join(dir, readdirSync(dir).find((name) => name.endsWith('.cpuprofile')));
const { totalMs, stages, functions } = summarizeProfile(file, Number(values.top));
const line = ({ name, ms, share }) => `${String(ms).padStart(7)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${name}`;
console.log(`speechkit analyze ${input} --json --jobs 1: ${totalMs} ms sampled\n\nby stage (self time of the modules of each stage):`);
console.log(stages.map(line).join('\n'));
console.log(`\ntop ${functions.length} functions by self time:`);
console.log(functions.map(line).join('\n'));
console.log(`\nprofile: ${file} (open in Chrome DevTools › Performance, or speedscope)`);
