import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../helpers/cli.js';

const DRAFT = 'test/export/fixtures/draft.md';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'speechkit-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const isDocx = (path: string) => readFileSync(path).subarray(0, 2).toString() === 'PK';

describe('speechkit export', () => {
  it('writes the .docx and says what it wrote', async () => {
    const out = join(dir, '讲话稿.docx');
    const run = await runCli(['export', DRAFT, '-o', out]);
    expect(run.code).toBe(0);
    expect(isDocx(out)).toBe(true);
    expect(run.stdout).toBe(
      `已导出 ${out}：党政机关公文格式（GB/T 9704-2012），标题“在2024年全市机关党的建设工作会议上的讲话”，层次标题 6 个，正文 9 段\n`,
    );
    expect(run.stderr).toBe('');
  });

  it('exports a corpus speech through cleaning and the outline analysis', async () => {
    const out = join(dir, '004.docx');
    const run = await runCli(['export', 'corpus/004_df05c4cd14513717.txt', '-o', out, '--style', 'speech', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      output: out,
      style: 'speech',
      fonts: 'standard',
      title: '2024年机关党的建设工作会议讲话二',
      headings: 4,
      paragraphs: 25,
      diagnostics: [],
    });
    expect(isDocx(out)).toBe(true);
  });

  it('never overwrites an existing file without --force', async () => {
    const out = join(dir, 'out.docx');
    writeFileSync(out, '用户自己的文件');
    const refused = await runCli(['export', DRAFT, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`错误：${out}: 文件已存在，未覆盖；确需覆盖请加 --force\n`);
    expect(readFileSync(out, 'utf8')).toBe('用户自己的文件');
    expect((await runCli(['export', DRAFT, '-o', out, '--force'])).code).toBe(0);
    expect(isDocx(out)).toBe(true);
  });

  it('never writes over its own input, even with --force', async () => {
    const input = join(dir, '讲话.docx');
    expect((await runCli(['export', DRAFT, '-o', input])).code).toBe(0);
    const before = readFileSync(input);
    for (const output of [input, join(dir, '.', '讲话.docx')]) {
      const run = await runCli(['export', input, '-o', output, '--force']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`错误：输出文件就是输入文件 ${input}，导出会按公文格式重排、丢掉原有排版；请用 -o 另指一个文件\n`);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('names a missing output directory clearly and creates nothing', async () => {
    const out = join(dir, '没有的目录', 'out.docx');
    const run = await runCli(['export', DRAFT, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/输出目录不存在：.*没有的目录，请先创建它/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes beside the input by default', async () => {
    const input = join(dir, 'draft.md');
    copyFileSync(DRAFT, input);
    expect((await runCli(['export', input])).code).toBe(0);
    expect(isDocx(join(dir, 'draft.docx'))).toBe(true);
  });

  it('leaves no file, partial or temporary, when the input fails', async () => {
    const input = join(dir, 'bad.md');
    writeFileSync(input, '---\nspeaker: 张三\ndate: [2024年\n---\n# 讲话\n');
    const run = await runCli(['export', input, '-o', join(dir, 'out.docx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^错误：${input}:3: 开头的元数据块（--- 之间）不是有效的 YAML`));
    expect(readdirSync(dir)).toEqual(['bad.md']);
  });

  it('rejects an unknown style, an unknown font profile and an output that is not .docx', async () => {
    const style = await runCli(['export', DRAFT, '-o', join(dir, 'a.docx'), '--style', 'podium']);
    expect([style.code, style.stderr]).toEqual([2, '错误：未知的版式 --style podium；可选：standard、speech\n']);
    const fonts = await runCli(['export', DRAFT, '-o', join(dir, 'a.docx'), '--fonts', 'mac']);
    expect([fonts.code, fonts.stderr]).toEqual([2, '错误：未知的字体方案 --fonts mac；可选：standard、windows\n']);
    const doc = await runCli(['export', DRAFT, '-o', join(dir, 'a.doc')]);
    expect(doc.code).toBe(2);
    expect(doc.stderr).toMatch(/输出文件应以 \.docx 结尾/);
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
  });

  it('reports the warnings of the draft with file:line:col', async () => {
    const input = join(dir, 'plain.md');
    writeFileSync(input, '# 讲话\n\n### 一、认清形势\n\n正文。\n');
    const run = await runCli(['export', input, '-o', join(dir, 'plain.docx')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`${input}:3:1  警告  “一、”是第1级序号，却写成了###标题；按序号排为第1级  export/heading-level\n`);
  });
});
