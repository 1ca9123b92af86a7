#!/usr/bin/env node
// Runs the CLI and sets the exit code: 0 clean, 1 problems found, 2 fatal error.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
