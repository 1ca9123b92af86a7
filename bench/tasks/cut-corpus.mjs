/**
 * Child process of the benchmark: the raw segmentation baseline. Cuts the decoded text of every
 * file under a directory with one engine, line by line (paragraphs, as the keyword extraction cuts
 * them: one call on a whole multi-megabyte file is slower per byte), `runs` times, timing only the
 * cut calls (not reading, not loading the dictionary), and prints JSON:
 * { engine, bytes, files, loadMs, runsMs: [...] }.
 * Usage: node bench/tasks/cut-corpus.mjs ENGINE DIR RUNS
 */
import { readFile } from 'node:fs/promises';
import { collectInputs } from '../../dist/io/collect-inputs.js';
import { decodeText } from '../../dist/io/decode-text.js';
import { loadSegmenter } from '../../dist/segment/segmenter.js';

const [engine, dir, runs = '3'] = process.argv.slice(2);
// nodejieba reads its dictionary on the first cut, so load time includes one.
const loadStart = performance.now();
const segmenter = await loadSegmenter(engine);
segmenter.cut('同志们');
const loadMs = performance.now() - loadStart;

const inputs = await collectInputs([dir]);
const runsMs = [];
let bytes = 0;
for (let run = 0; run < Number(runs); run++) {
  let ms = 0;
  bytes = 0;
  for (const { path } of inputs) {
    const data = await readFile(path);
    const lines = decodeText(data).text.split('\n');
    const start = performance.now();
    for (const line of lines) segmenter.cut(line);
    ms += performance.now() - start;
    bytes += data.length;
  }
  runsMs.push(ms);
}
process.stdout.write(JSON.stringify({ engine, bytes, files: inputs.length, loadMs, runsMs }));
