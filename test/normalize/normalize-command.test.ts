import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FILE_001 = 'corpus/001_496adbc9182e7b34.txt';
const FILE_003 = 'corpus/003_e78e08f09b700b02.txt';

describe('speechkit normalize', () => {
  it('prints the clean text and nothing else on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['normalize', FILE_001]);
    expect(code).toBe(0);
    expect(stdout.startsWith('学史力行 做好机关党建“五量”答卷\n\n习近平总书记在西藏考察时强调：“学史力行')).toBe(true);
    expect(stdout).not.toContain('友情链接');
    expect(stderr).toBe('');
  });

  it('lists removed spans as file:line:col  原因  原文, with the metadata', async () => {
    const { code, stdout } = await runCli(['normalize', '--show-removed', FILE_001]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContain('标题：学史力行 做好机关党建“五量”答卷');
    expect(lines).toContain('供稿/发布单位：苏州市级机关工委');
    expect(lines).toContain(`${FILE_001}:1:1  网站页眉（设为首页、加入收藏）  您好, 欢迎访问洛阳机关党建网! 设为首页 | 加入收藏`);
    expect(lines).toContain(`${FILE_001}:33:7  稿件署名行（供稿单位、责编）  (供稿单位:苏州市级机关工委)`);
    expect(lines).toContain(`${FILE_001}:48:5  网站技术支持、主办单位  技术支持:洛阳恒凯科技`);
    expect(stdout).not.toContain('习近平总书记在西藏考察时强调');
  });

  it('reports substituted words on stderr and repairs them with --repair', async () => {
    const plain = await runCli(['normalize', FILE_003]);
    expect(plain.stderr).toContain(`${FILE_003}:19:15  warning  疑似伪原创替换词：稳固，应为“巩固”  substitution/consolidate`);
    expect(plain.stderr).toContain('发现 29 处疑似伪原创替换词，加 --repair 可改回原词。');
    expect(plain.stdout).toContain('党员群众效劳中心');
    const fixed = await runCli(['normalize', '--repair', FILE_003]);
    expect(fixed.stdout).toContain('党员群众服务中心');
    expect(fixed.stderr).toContain('已改回 29 处伪原创替换词。');
  });

  it('prints JSON with text, metadata, script, removed spans and diagnostics with line and column', async () => {
    const { code, stdout } = await runCli(['normalize', '--json', FILE_003]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ file: FILE_003, script: 'simplified', metadata: { title: '开展基层党建推进工作试点在基层党建工作推进会议上的讲话' } });
    expect(report.text.startsWith('开展基层党建推进工作试点在基层党建工作推进会议上的讲话\n同志们：')).toBe(true);
    expect(report.removed[0]).toMatchObject({ ruleId: 'download-notice', raw: '温馨提示:', span: { line: 1, column: 1, start: 0, end: 5 } });
    expect(report.removed.at(-1)).toMatchObject({ ruleId: 'page-footer', raw: '第9页 共9页', span: { line: 48, column: 1 } });
    const substitution = report.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'substitution/broad-masses');
    expect(substitution).toMatchObject({ raw: '广阔', fix: '广大', severity: 'warning', span: { line: 22, column: 30 } });
    const comma = report.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'punctuation/half-width');
    expect(comma).toMatchObject({ raw: ':', fix: '：', span: { line: 17, column: 4 } });
  });

  it('gives several files one section each, or a documents array in JSON', async () => {
    const text = await runCli(['normalize', FILE_001, FILE_003]);
    expect(text.stdout).toContain(`==> ${FILE_001} <==\n学史力行`);
    expect(text.stdout).toContain(`==> ${FILE_003} <==\n开展基层党建`);
    const json = JSON.parse((await runCli(['normalize', '--json', FILE_001, FILE_003])).stdout);
    expect(json.documents.map((d: { file: string }) => d.file)).toEqual([FILE_001, FILE_003]);
  });

  it('goes on past a file that cannot be read, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['normalize', 'corpus/missing.txt', FILE_001]);
    expect(code).toBe(2);
    expect(stdout).toContain('学史力行');
    expect(stderr.split('\n')[0]).toMatch(/^错误：corpus\/missing\.txt/);
  });
});
