/** `speechkit analyze`: the terminal report, --json (the evaluation contract) and --md, run in-process. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SEED = 'corpus/004_df05c4cd14513717.txt';

describe('speechkit analyze', () => {
  it('--json on one file prints one document with outline and announced as the contract reads them', async () => {
    const result = await runCli(['analyze', '--json', SEED]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.path).toBe(SEED);
    expect(doc.outline[0]).toMatchObject({ level: 1, marker: '一、', line: 5, column: 1 });
    expect(doc.outline[0].children[0]).toMatchObject({ level: 2, marker: '第一，', children: [] });
    expect(doc.announced).toContainEqual(expect.objectContaining({ phrase: '讲几点意见', count: null, found: 4, scope: 'outline', line: 4 }));
    expect(doc.diagnostics[0]).toMatchObject({ ruleId: 'text/placeholder', severity: 'warning', line: 2 });
  });

  it('--json on a directory prints { documents, summary }', async () => {
    const result = await runCli(['analyze', '--json', 'corpus/']);
    const batch = JSON.parse(result.stdout);
    expect(batch.documents.map((d: { path: string }) => d.path)).toContain(SEED);
    expect(batch.summary).toMatchObject({ documents: batch.documents.length, mismatched: 0 });
    expect(batch.summary.diagnostics.error).toBe(0);
  });

  it('prints a readable report: outline tree with markers and lines, counts with ✓/✗, problems; no colour without a TTY', async () => {
    const result = await runCli(['analyze', SEED]);
    const out = result.stdout;
    expect(out).toContain(`【${SEED}】`);
    expect(out).toContain('标题：2024年机关党的建设工作会议讲话二');
    expect(out).toMatch(/^ {2}一、认清形势、提高认识.*第 5 行$/mu);
    expect(out).toMatch(/^ {4}第一，实现机关党建高质量发展.*第 6 行$/mu);
    expect(out).toContain('✓ 讲几点意见：宣布 几项，实有 4 项（后文展开）');
    expect(out).toContain('✗ 提出了三点明确要求：宣布 3 项，后文未找到');
    expect(out).toMatch(/^ {2}2:84 {2}提示 {2}/mu);
    expect(out).not.toMatch(/\u001b\[/u);
  });

  it('lists a few problems per rule and counts the rest, but never hides an error (corpus/001, many half-width commas)', async () => {
    const out = (await runCli(['analyze', 'corpus/001_496adbc9182e7b34.txt'])).stdout;
    const problems = out.slice(out.indexOf('问题（'));
    const hidden = [...problems.matchAll(/另有 (\d+) 处 (\S+) 未列出/gu)];
    expect(hidden.length).toBeGreaterThan(0);
    for (const [, , rule] of hidden) expect(problems.split(`  ${rule}\n`).length - 1).toBe(5);
  });

  it('several files: a section per file and a summary', async () => {
    const result = await runCli(['analyze', SEED, 'corpus/000_abbf707b744d89e9.txt']);
    expect(result.stdout.match(/^【/gmu)).toHaveLength(2);
    expect(result.stdout).toMatch(/汇总：共 2 篇\n {2}提纲标题 21 个；宣布的数目 5 处，与后文不符 0 处/u);
  });

  it('--md prints a Markdown report', async () => {
    const result = await runCli(['analyze', '--md', SEED]);
    expect(result.stdout).toMatch(/^## 2024年机关党的建设工作会议讲话二$/mu);
    expect(result.stdout).toContain('- 一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性（第 5 行）');
    expect(result.stdout).toContain('| ✓ | 讲几点意见 | 几 | 4 | 4 |');
  });
});
