// Preloaded into a child speechkit (`node --import`) by the crash-guard test: looking up a speech
// (.txt, the asynchronous stat of collecting the inputs) never completes, and an error is thrown
// from a timer instead — a failure outside run()'s try/catch, as a bug in an event handler would be.
// Other calls (Node's module loader) go through.
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const realStat = fsPromises.stat;

fsPromises.stat = (path, ...rest) => {
  if (typeof path !== 'string' || !path.endsWith('.txt')) return realStat(path, ...rest);
  setImmediate(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  });
  return new Promise(() => {});
};
syncBuiltinESMExports();
