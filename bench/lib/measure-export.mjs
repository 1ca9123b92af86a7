/** Export of a speech of 10,000 characters to .docx (`speechkit export FILE -o OUT.docx --force`). */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from './spawn-timed.mjs';
import { failureOf, runSpeechkit } from './speechkit.mjs';

const TARGET_CHARS = 10_000;

/** The seed speech's lines, repeated until the body holds 10,000 characters (not counting spaces). */
async function writeSpeech(seed, dir) {
  const lines = (await readFile(seed, 'utf8')).split(/\r?\n/);
  const out = [];
  let chars = 0;
  for (let i = 0; chars < TARGET_CHARS; i++) {
    const line = lines[i % lines.length];
    const visible = line.replace(/\s/g, '').length;
    if (chars + visible > TARGET_CHARS) {
      out.push([...line.trim()].slice(0, TARGET_CHARS - chars).join(''));
      chars = TARGET_CHARS;
    } else {
      out.push(line);
      chars += visible;
    }
  }
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'export-10k.txt');
  await writeFile(path, `${out.join('\n')}\n`);
  return path;
}

export async function measureExport({ seed, workDir, runs }) {
  const input = await writeSpeech(seed, workDir);
  const output = join(workDir, 'export-10k.docx');
  const times = [];
  for (let i = 0; i < runs; i++) {
    await rm(output, { force: true });
    const run = await runSpeechkit(['export', input, '-o', output, '--force'], { stdout: 'ignore' });
    const failure = failureOf(run);
    if (failure) return { chars: TARGET_CHARS, error: failure };
    times.push(run.ms);
  }
  return { chars: TARGET_CHARS, runsMs: times, ms: median(times) };
}
