#!/usr/bin/env node
// Runs the CLI and sets the exit code: 0 clean, 1 problems found, 2 fatal error.
import { run } from '../dist/bundle/main.js';
import { installCrashGuard } from '../dist/bundle/crash-guard.js';
import { installSignalHandlers } from '../dist/bundle/signals.js';

// Ctrl-C or SIGTERM: delete unfinished temp files, exit 130 / 143. Any failure outside run(): one line, exit 2.
installSignalHandlers();
installCrashGuard(process.argv.slice(2));

process.exitCode = await run(process.argv.slice(2));
