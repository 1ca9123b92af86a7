/**
 * A draft spec is data from the user: a mistake in it is one Chinese line naming the file, the line
 * and the field; YAML is parsed safely (no tags that build objects or run code, no alias bombs, no
 * prototype pollution); and nothing in it can make speechkit write anywhere but -o.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectFatal } from './expect-failure.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-spec-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A spec as a speechwriter writes one (templates/examples/progress.yaml, shortened). */
const GOOD_SPEC = [
  'title: 在全县重点项目建设推进会上的讲话', // 1
  'meeting: 全县重点项目建设推进会', // 2
  'speaker: 县委副书记、县长 李四', // 3
  'minutes: 15', // 4
  'points:', // 5
  '  - title: 盯紧目标任务，全力加快项目建设进度', // 6
  '  - title: 聚焦堵点难点，持续优化项目推进环境', // 7
];

async function draftWith(name: string, lines: readonly string[]) {
  const spec = join(dir, name);
  await writeFile(spec, `${lines.join('\n')}\n`);
  return { spec, run: await runCli(['draft', '--spec', spec]) };
}

describe('a spec with a mistake', () => {
  it('bad YAML: names the file and the line', async () => {
    const lines = [...GOOD_SPEC];
    lines[6] = '\t- title: 聚焦堵点难点，持续优化项目推进环境'; // an editor put a tab where YAML needs spaces
    const { spec, run } = await draftWith('bad-yaml.yaml', lines);
    expectFatal(run, spec, { line: 7 });
  });

  it('a missing field: names the field and the line of its item', async () => {
    const lines = GOOD_SPEC.map((line) => line.replace('  - title: 聚焦', '  - notes: 聚焦'));
    const { spec, run } = await draftWith('missing-field.yaml', lines);
    expect(expectFatal(run, spec, { line: 7 })).toContain('points[1].title');
  });

  it('a wrong type: names the field, what it should be and the line', async () => {
    const lines = GOOD_SPEC.map((line) => line.replace('minutes: 15', 'minutes: 十五'));
    const { spec, run } = await draftWith('wrong-type.yaml', lines);
    expect(expectFatal(run, spec, { line: 4 })).toContain('minutes');
  });
});

describe('YAML is parsed as data only', () => {
  it('a tag that would build a function is refused, at its line', async () => {
    const lines = [...GOOD_SPEC, 'closing: !!js/function "function () { globalThis.speechkitPwned = true }"'];
    const { spec, run } = await draftWith('tag.yaml', lines);
    expectFatal(run, spec, { line: 8 });
    expect((globalThis as { speechkitPwned?: boolean }).speechkitPwned).toBeUndefined();
  });

  it('an alias bomb (a billion laughs) is refused, not expanded', async () => {
    // Each point's notes repeat the previous point's nine times: 9^8 notes if expanded.
    const points = ['points:', '  - title: 第一点', '    notes: &n0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]'];
    for (let i = 1; i < 8; i++) points.push(`  - title: 第${i + 1}点`, `    notes: &n${i} [${Array(9).fill(`*n${i - 1}`).join(', ')}]`);
    const { spec, run } = await draftWith('laughs.yaml', [...GOOD_SPEC.slice(0, 4), ...points]);
    expectFatal(run, spec, { line: 9 });
  });

  it.each([
    ['prototype.yaml', ['__proto__:', '  polluted: 是', ...GOOD_SPEC]],
    ['prototype.json', ['{"title": "在会议上的讲话", "__proto__": {"polluted": "是"}}']],
  ])('%s: a __proto__ key pollutes nothing', async (name, lines) => {
    const { spec, run } = await draftWith(name, lines);
    expectFatal(run, spec, { line: 1 });
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
  });
});

describe('nothing in a spec writes outside -o', () => {
  it('path-like values are text in the draft, and only -o is written', async () => {
    const work = join(dir, 'work');
    const out = join(work, 'out');
    await mkdir(out, { recursive: true });
    const lines = GOOD_SPEC.map((line) =>
      line.replace('title: 在', 'title: ../../../逃逸/在').replace('speaker: ', `speaker: ${join(work, '被写入.md')} `),
    );
    const spec = join(work, 'spec.yaml');
    await writeFile(spec, `${lines.join('\n')}\n`);
    const run = await runCli(['draft', '--spec', spec, '-o', join(out, '草稿.md')]);
    expect(run.code, run.stderr).toBe(0);
    expect(await readdir(out)).toEqual(['草稿.md']);
    expect((await readdir(work)).sort()).toEqual(['out', 'spec.yaml']);
    expect(await readFile(join(out, '草稿.md'), 'utf8')).toContain('# ../../../逃逸/在全县重点项目建设推进会上的讲话');
  });

  it('a field that would name an output file does not exist', async () => {
    const { spec, run } = await draftWith('output-field.yaml', [...GOOD_SPEC, 'output: ../../etc/讲话.md']);
    expect(expectFatal(run, spec, { line: 8 })).toContain('output');
  });
});
