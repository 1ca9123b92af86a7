// Preloaded into a child speechkit (`node --import ./test/kill/pause-before-rename.mjs bin/speechkit.js …`)
// by the kill tests: the first rename of a temp file into place does not happen; instead the process
// announces `paused-before-rename {"temp": …, "target": …}` on stderr and waits to be killed. This makes
// "killed mid-write" deterministic without a test hook in the product code.
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const realRename = fsPromises.rename;

fsPromises.rename = async (from, to) => {
  if (!String(from).endsWith('.tmp')) return realRename(from, to);
  process.stderr.write(`paused-before-rename ${JSON.stringify({ temp: String(from), target: String(to) })}\n`);
  setInterval(() => {}, 60_000); // keep the event loop alive until the signal comes
  return new Promise(() => {});
};
// `import { rename } from 'node:fs/promises'` binds live to the builtin; push the patch through.
syncBuiltinESMExports();
