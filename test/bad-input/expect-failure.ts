/** Assertions shared by the bad-input tests: what a user must (and must not) see when a file is bad. */
import { expect } from 'vitest';
import { STACK_LINE, type CliRun } from '../helpers/cli.js';
import { EXIT_FATAL } from '../../src/cli/exit-codes.js';

export interface Where {
  readonly line: number;
  readonly column?: number;
}

/** The stderr lines that are about `file`. */
export function linesAbout(run: CliRun, file: string): string[] {
  return run.stderr.split('\n').filter((line) => line.includes(file));
}

/**
 * Exit 2, no stack trace, and one Chinese line `错误：file[:line[:col]]: …` naming the file (and
 * the place in it, where given).
 */
export function expectFatal(run: CliRun, file: string, where?: Where): string {
  expect(run.stderr, 'a stack trace was printed').not.toMatch(STACK_LINE);
  expect(run.code, run.stderr).toBe(EXIT_FATAL);
  const [message] = linesAbout(run, file).filter((line) => line.startsWith('错误：'));
  expect(message, `no error line names ${file}; stderr:\n${run.stderr}`).toBeDefined();
  const place = where ? [file, where.line, where.column].filter((p) => p !== undefined).join(':') : file;
  expect(message).toContain(`${place}: `);
  // The explanation after the place is Chinese, not an English library message.
  const explanation = message!.slice(message!.indexOf(`${place}: `) + place.length + 2);
  expect(explanation).toMatch(/\p{Script=Han}/u);
  expect(explanation).not.toMatch(/\b(error|Error|E[A-Z]{3,}|undefined|null)\b/);
  return message!;
}

/** Success (exit 0 or 1) without any trace. */
export function expectRead(run: CliRun): void {
  expect(run.stderr, 'a stack trace was printed').not.toMatch(STACK_LINE);
  expect(run.code, run.stderr).toBeLessThan(EXIT_FATAL);
}
