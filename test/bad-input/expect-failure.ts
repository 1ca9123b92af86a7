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
  // file[:line[:column]]: — line and column as given, any (or none) where not given.
  const number = (n: number | undefined): string => (n === undefined ? '(?::\\d+)?' : `:${n}`);
  const place = new RegExp(`${escapeRegExp(file)}${number(where?.line)}${number(where?.column)}: `);
  expect(message).toMatch(place);
  // The explanation after the place is Chinese, not an English library message.
  const found = place.exec(message!)!;
  const explanation = message!.slice(found.index + found[0].length);
  expect(explanation).toMatch(/\p{Script=Han}/u);
  expect(explanation).not.toMatch(/\b(error|Error|E[A-Z]{3,}|undefined|null)\b/);
  return message!;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Success (exit 0 or 1) without any trace. */
export function expectRead(run: CliRun): void {
  expect(run.stderr, 'a stack trace was printed').not.toMatch(STACK_LINE);
  expect(run.code, run.stderr).toBeLessThan(EXIT_FATAL);
}

/**
 * The line (on stdout or stderr) that warns about `file` (at `where` when given): either
 * `file:line:col … 警告|warning …`, or, in a report headed by the file name, `line:col  警告 …`.
 */
export function warningAbout(run: CliRun, file: string, where?: Where): string | undefined {
  const lines = `${run.stderr}\n${run.stdout}`.split('\n');
  const isWarning = (line: string): boolean => /警告|warning/.test(line);
  const place = where ? [where.line, where.column].filter((p) => p !== undefined).join(':') : '';
  const named = lines.find((line) => isWarning(line) && line.includes(place ? `${file}:${place}` : file));
  if (named || !place || !run.stdout.includes(file)) return named;
  return lines.find((line) => isWarning(line) && new RegExp(`^\\s*${place}[:\\s]`).test(line));
}
