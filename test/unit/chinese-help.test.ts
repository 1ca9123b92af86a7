import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { runCli } from '../helpers/cli.js';

describe('help texts', () => {
  it('are in Chinese, headings and option notes included', async () => {
    const { code, stdout } = await runCli(['draft', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法： speechkit draft \[选项\]/);
    expect(stdout).toContain('选项：');
    expect(stdout).toMatch(/（默认："work-meeting"）/);
    expect(stdout).not.toMatch(/Usage:|Options:|default:/);
  });

  it('align descriptions by display width, counting a Han character as two columns', async () => {
    const { stdout } = await runCli(['--help']);
    const commandLines = stdout.split('\n').filter((line) => /^ {2}(normalize|analyze|check) /.test(line));
    // The description starts after the run of spaces that follows the command's term.
    const descriptionColumn = (line: string): number => displayWidth(line.slice(0, 2 + line.slice(2).search(/(?<= {2})\S/)));
    const descriptionColumns = commandLines.map(descriptionColumn);
    expect(commandLines).toHaveLength(3);
    expect(new Set(descriptionColumns).size).toBe(1);
    expect(descriptionColumns[0]).toBeGreaterThan(20);
  });
});
