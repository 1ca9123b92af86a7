/**
 * vitest global setup: compiles src/ into dist/, bundles the CLI and packs the IDF table (as
 * `npm run build` does) once before the tests, so the tests that run the real `node bin/speechkit.js`
 * in a child process (kill, permissions) test the current source.
 * Type errors do not stop the build (tsc still emits); `npm test` reports them in its typecheck step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function buildCli(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  if (!existsSync(`${root}dist/cli/main.js`)) throw new Error('build failed: dist/cli/main.js is missing (run npm run build)');
  for (const script of ['scripts/bundle-cli.mjs', 'scripts/pack-idf-table.mjs']) {
    const step = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    if (step.status !== 0) throw new Error(`${script} failed: ${step.stderr}`);
  }
}
