/**
 * Child process of the profiler: `speechkit analyze ARGS…` run from the unbundled build (dist/cli),
 * so that a CPU profile names each function's own module (dist/analyze/…), not a bundle chunk.
 */
import { run } from '../../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
