/**
 * Bundles the compiled CLI (dist/cli) into dist/bundle/: one file per entry plus shared chunks,
 * instead of some 180 modules that Node would read, compile and link one by one at every start
 * (about 70 ms of a 215 ms `analyze` on one speech). Dynamic imports stay chunks of their own, so
 * the segmenter, opencc, docx and the like still load only in the commands that use them. npm
 * packages are left outside (loaded from node_modules as usual). The library (dist/index.js) is not
 * bundled. Run by `npm run build`.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// dist/bundle sits two levels below the root, as dist/cli/*.js files do for their relative
// paths to package.json and templates/; chunks lie beside the entries for the worker's URLs.
const outdir = `${dist}bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['cli/main.js', 'cli/crash-guard.js', 'cli/signals.js', 'cli/parallel/worker-main.js', 'cli/parallel/analyze-task.js'].map((entry) => dist + entry),
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
