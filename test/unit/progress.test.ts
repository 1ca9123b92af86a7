import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { startProgress } from '../../src/cli/progress.js';

const lines: string[] = [];
const io: CliIo = { stdout: () => {}, stderr: (t) => void lines.push(t), isTTY: false, color: false, debug: false };

describe('startProgress', () => {
  it('draws nothing and passes messages straight through when stderr is not a terminal (pipes, CI)', async () => {
    const piped = { ...io, progress: false };
    const progress = await startProgress(piped, 500, '分析');
    expect(progress.io).toBe(piped);
    progress.io.stderr('错误：a.txt: 找不到该文件\n');
    progress.advance();
    progress.stop();
    expect(lines).toEqual(['错误：a.txt: 找不到该文件\n']);
  });

  it('draws nothing for a batch too short to need a bar, even on a terminal', async () => {
    const terminal = { ...io, progress: true };
    const progress = await startProgress(terminal, 3, '分析');
    expect(progress.io).toBe(terminal);
  });
});
