/**
 * vitest global setup: compiles src/ into dist/ and bundles the CLI (as `npm run build` does) once
 * before the tests, so the tests that run the real `node bin/speechkit.js` in a child process (kill,
 * permissions) test the current source.
 * Type errors do not stop the build (tsc still emits); `npm test` reports them in its typecheck step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function buildCli(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  if (!existsSync(`${root}dist/cli/main.js`)) throw new Error('build failed: dist/cli/main.js is missing (run npm run build)');
  const bundle = spawnSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`bundling failed: ${bundle.stderr}`);
}
