import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SPEC = 'templates/examples/work-meeting.yaml';
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'speechkit-draft-'));

describe('speechkit draft', () => {
  it('prints the draft without -o', async () => {
    const { code, stdout, stderr } = await runCli(['draft', '--template', 'work-meeting', '--spec', SPEC]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync('test/draft/golden/work-meeting.md', 'utf8'));
  });

  it('writes Markdown, and never over an existing file without --force', async () => {
    const out = join(tempDir(), 'draft.md');
    expect((await runCli(['draft', '--spec', SPEC, '-o', out])).code).toBe(0);
    writeFileSync(out, '上周的定稿');
    const refused = await runCli(['draft', '--spec', SPEC, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/文件已存在，未覆盖；确需覆盖请加 --force/);
    expect(readFileSync(out, 'utf8')).toBe('上周的定稿');
    expect((await runCli(['draft', '--spec', SPEC, '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^---\nspeaker: 市委常委、组织部部长 张三/);
  });

  it('goes straight to Word through the export, leaving the hints out', async () => {
    const out = join(tempDir(), 'draft.docx');
    const { code, stdout } = await runCli(['draft', '--spec', SPEC, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/已写出 Word 文档/);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toMatch(/在全市机关党建工作会议上的讲话/);
    expect(text).toMatch(/下面，我就做好下一阶段的工作，讲四点意见。/);
    expect(text).toMatch(/四、压实工作责任，以严实作风推动各项任务落地见效/);
    expect(text).not.toMatch(/提示|<!--/);
  });

  it('follows the speaking rate', async () => {
    const { stdout } = await runCli(['draft', '--spec', SPEC, '--rate', '220']);
    expect(stdout).toMatch(/按每分钟 220 字计，全文约 4400 字/);
  });

  it('says what is wrong with the options, the spec or the template, on one line', async () => {
    const neither = await runCli(['draft']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/^错误：请给出 --spec 规格文件.*二者选一\n$/);
    expect((await runCli(['draft', '--spec', SPEC, '--rate', 'fast'])).stderr).toMatch(/--rate 应是 60 到 600 之间的数字/);
    expect((await runCli(['draft', '--spec', SPEC, '-o', 'draft.pdf'])).stderr).toMatch(/-o 的文件应以 .md 或 .docx 结尾/);
    expect((await runCli(['draft', '--template', 'party-congress', '--spec', SPEC])).stderr).toMatch(
      /没有名为 party-congress 的模板；可用的模板：commendation、mobilization、progress、symposium、work-meeting/,
    );
    const dir = tempDir();
    const spec = join(dir, 'meeting.yaml');
    writeFileSync(spec, 'title: 讲话\nmeeting: 会议\nspeaker: 张三\nminutes: 20\npoints:\n  - title: 一\n  - notes: 二\n');
    const bad = await runCli(['draft', '--spec', spec]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`错误：${spec}:7: points[1].title 缺失：需要这一点的标题，例如 title: 提高政治站位，深刻认识机关党建的重要意义\n`);
  });

  it('uses a template from --templates, or a .hbs path, with its line in errors', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'briefing.hbs'),
      '{{!--\nlabel: 情况通报会\ndescription: 通报情况、提出要求\n--}}\n# {{title}}\n\n同志们：\n\n下面，我{{announce points}}。\n',
    );
    const ok = await runCli(['draft', '--templates', dir, '--template', 'briefing', '--spec', SPEC]);
    expect(ok.stdout).toBe('# 在全市机关党建工作会议上的讲话\n\n同志们：\n\n下面，我讲四点意见。\n');
    writeFileSync(join(dir, 'broken.hbs'), '# {{title}}\n\n{{#each points}}\n## {{titel}}\n{{/each}}\n');
    const broken = await runCli(['draft', '--template', join(dir, 'broken.hbs'), '--spec', SPEC]);
    expect(broken.stderr).toBe(`错误：${join(dir, 'broken.hbs')}:4:6: 模板引用的字段 titel 不存在（拼写有误，或规格里没有这一项）\n`);
  });
});

describe('speechkit templates', () => {
  it('lists the built-in meeting types with a line each', async () => {
    const { code, stdout } = await runCli(['templates']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^内置模板：\n {2}commendation {2}总结表彰会 {2}总结一项工作并表彰先进/);
    expect(stdout).toMatch(/ {2}work-meeting {2}工作会议　 {2}部署年度或阶段工作/);
  });

  it('adds user templates, replacing a built-in of the same name, and shows a broken header', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'examples'));
    copyFileSync(SPEC, join(dir, 'examples', 'work-meeting.yaml'));
    writeFileSync(join(dir, 'work-meeting.hbs'), '{{!--\nlabel: 工作会议（本单位）\ndescription: 本单位的版本\n--}}\n# {{title}}\n');
    writeFileSync(join(dir, 'odd.hbs'), '{{!--\nlabel: 怪\nparts: 很多\n--}}\n');
    const { stdout } = await runCli(['templates', '--templates', dir, '--json']);
    const { templates } = JSON.parse(stdout) as { templates: { name: string; origin: string; label: string; problem?: string; example?: string }[] };
    expect(templates.map((t) => `${t.name}:${t.origin}`)).toEqual([
      'commendation:builtin',
      'mobilization:builtin',
      'odd:user',
      'progress:builtin',
      'symposium:builtin',
      'work-meeting:user',
    ]);
    expect(templates.find((t) => t.name === 'work-meeting')).toMatchObject({ label: '工作会议（本单位）', example: join(dir, 'examples', 'work-meeting.yaml') });
    expect(templates.find((t) => t.name === 'odd')!.problem).toBe(`${join(dir, 'odd.hbs')}:3: 模板说明块有误：parts 应是一个列表，例如 - { id: opening, label: 开场, share: 0.1 }`);
  });

  it('says so when the template directory is missing', async () => {
    const { code, stderr } = await runCli(['templates', '--templates', '/nonexistent/templates']);
    expect(code).toBe(2);
    expect(stderr).toBe('错误：/nonexistent/templates: 找不到模板目录，或无法读取\n');
  });
});

describe('speechkit draft --suggest', () => {
  it('adds phrase ideas from the corpus under each point, with file:line', async () => {
    const { code, stdout } = await runCli(['draft', '--spec', SPEC, '--suggest']);
    expect(code).toBe(0);
    const ideas = [...stdout.matchAll(/^<!-- 参考：(.+)（(corpus\/[\w.]+):(\d+)） -->$/gm)];
    expect(ideas.length).toBeGreaterThanOrEqual(4);
    for (const [, text, file, line] of ideas) {
      const han = (s: string): string => s.replace(/[^\p{Script=Han}]/gu, '');
      const original = readFileSync(file!, 'utf8').split(/\r\n?|\n/)[Number(line) - 1]!;
      // The sentence stands on that line (its punctuation normalized; 002 is in traditional script).
      if (!file!.includes('002_')) expect(han(original)).toContain(han(text!).slice(0, 8));
    }
  });

  it('leaves the model speech out of the ideas for its own skeleton', async () => {
    const model = 'corpus/004_df05c4cd14513717.txt';
    const { code, stdout } = await runCli(['draft', '--from', model, '--suggest']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/<!-- 参考：.+（corpus\/00[0-3]_\w+\.txt:\d+） -->/);
    expect(stdout).not.toMatch(/参考：.+004_df05c4cd14513717/);
  });

  it('says so when there is no corpus', async () => {
    const { code, stderr } = await runCli(['draft', '--spec', SPEC, '--suggest', '--corpus', tempDir()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--suggest 找不到语料.*用 --corpus 指定语料目录/);
  });
});
