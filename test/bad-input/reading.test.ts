/**
 * Files a command cannot (or can only partly) read, for every command that reads a speech.
 * Decisions:
 * - a file that is read but holds no speech (empty, only blanks, only punctuation) is not fatal: the
 *   command runs on the empty text (exit 0) and warns, naming the file;
 * - a file that is not a speech at all (an image, an archive, an old .doc, a broken or oversized
 *   .docx) is fatal: exit 2 and one Chinese line naming the file and what to do;
 * - a text file with a few undecodable bytes is read (they become U+FFFD) with a warning naming
 *   file:line:column of the first one, so the user can look at it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GOOD_SENTENCE, makeBadFile } from './bad-files.js';
import { expectFatal, expectRead, warningAbout } from './expect-failure.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-bad-input-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let outputs = 0;
/** Made once (about 4 MB, a second to build) for all the commands. */
let zipBomb: Promise<string> | undefined;
/** Each command that reads speech files, as the arguments to run it on one file. */
const READERS: readonly [string, (path: string) => string[]][] = [
  ['normalize', (path) => ['normalize', path]],
  ['analyze', (path) => ['analyze', path]],
  ['formulations', (path) => ['formulations', path]],
  ['check', (path) => ['check', path]],
  ['export', (path) => ['export', path, '-o', join(dir, `export-${++outputs}.docx`)]],
  ['draft --from', (path) => ['draft', '--from', path]],
];

describe.each(READERS)('%s on a bad file', (_command, args) => {
  it.each(['empty', 'whitespace', 'punctuation'] as const)('%s: read, with a warning naming the file', async (kind) => {
    const path = await makeBadFile[kind](dir);
    const run = await runCli(args(path));
    expectRead(run);
    expect(run.code).toBe(0);
    expect(warningAbout(run, path, { line: 1, column: 1 }), run.stderr).toMatch(/没有文字/);
  });

  it.each(['png', 'zip', 'zipNamedDocx', 'legacyDoc', 'brokenXmlDocx'] as const)('%s: fatal, named', async (kind) => {
    const path = await makeBadFile[kind](dir);
    expectFatal(await runCli(args(path)), path);
  });

  it('a .docx that inflates to about 1 GB is refused before it fills memory', async () => {
    const path = await (zipBomb ??= makeBadFile.zipBombDocx(dir));
    const message = expectFatal(await runCli(args(path)), path);
    expect(message).toMatch(/上限/);
  });

  it.each([
    ['invalidUtf8', 2, 5],
    ['gb18030BadByte', 2, 5],
  ] as const)('%s: read, with a warning at the bad byte', async (kind, line, column) => {
    const path = await makeBadFile[kind](dir);
    const run = await runCli(args(path));
    expectRead(run);
    expect(warningAbout(run, path, { line, column }), run.stderr).toBeDefined();
  });

  it('truncated UTF-8: read, with a warning at the cut', async () => {
    const path = await makeBadFile.truncatedUtf8(dir);
    const run = await runCli(args(path));
    expectRead(run);
    expect(warningAbout(run, path, { line: 3 }), run.stderr).toBeDefined();
  });
});

describe('encodings a user does not name are read right', () => {
  it('Big5 (traditional) comes out simplified', async () => {
    const run = await runCli(['normalize', await makeBadFile.big5(dir)]);
    expectRead(run);
    expect(run.stdout).toContain('努力搞好机关党组织建设');
  });

  it('UTF-16 without a BOM', async () => {
    const run = await runCli(['normalize', await makeBadFile.utf16NoBom(dir)]);
    expectRead(run);
    expect(run.stdout).toContain(GOOD_SENTENCE.slice(0, 10));
  });
});
