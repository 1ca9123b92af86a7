/** `speechkit formulations`, `speechkit coin` and the formulation fields of `analyze`, run in-process. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('speechkit formulations', () => {
  it('prints one table for several speeches: term, n, how often, file:line and members, with unnamed spellings', async () => {
    const result = await runCli(['formulations', 'corpus/001_496adbc9182e7b34.txt', 'corpus/004_df05c4cd14513717.txt']);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^数字提法：2 篇讲话，\d+ 个提法$/mu);
    expect(out).toMatch(/^ {2}四个融合 +4 +1 +corpus\/001_496adbc9182e7b34\.txt:27 +统领融合、支撑融合、推进融合、强化融合（逐条展开）$/mu);
    expect(out).toMatch(/^ +corpus\/001_496adbc9182e7b34\.txt:27 +≈ 未点名的同类列举：从“抓日常党务”向“抓党建主业”转变/mu);
    expect(out).toMatch(/^ {2}1\+N +N +1 /mu);
  });

  it('--json gives the cross-document view; --others adds the numbered terms left out, with their kind', async () => {
    const result = await runCli(['formulations', '--json', '--others', 'corpus/000_abbf707b744d89e9.txt']);
    const json = JSON.parse(result.stdout);
    expect(json.documents).toBe(1);
    expect(json.formulations.map((f: { term: string }) => f.term)).toEqual(['三在', '两公开一监督', '三位一体']);
    expect(json.others[0].terms).toContainEqual(expect.objectContaining({ term: '十一五', kind: 'period' }));
  });

  it('--md prints a Markdown table', async () => {
    const result = await runCli(['formulations', '--md', 'corpus/003_e78e08f09b700b02.txt']);
    expect(result.stdout).toContain('| 四全 | 4 | 2 | corpus/003_e78e08f09b700b02.txt:37 | 全地域、全领域、全要素、全功能（同语素列举） |');
  });
});

describe('speechkit coin', () => {
  it('proposes the formulation for items given as words or as one 、-list', async () => {
    expect((await runCli(['coin', '汲取前行力量', '把准评价分量', '追求服务质量', '做优堡垒增量', '汇聚先锋能量'])).stdout).toBe('建议：五量  “量”在词尾\n');
    const split = await runCli(['coin', '严以修身、严以用权、严以律己、谋事要实、创业要实、做人要实']);
    expect(split.stdout).toContain('建议：三严三实');
  });

  it('--json lists the items and the proposals', async () => {
    const json = JSON.parse((await runCli(['coin', '--json', '全地域', '全领域', '全要素', '全功能'])).stdout);
    expect(json.proposals[0]).toMatchObject({ term: '四全', n: 4 });
  });

  it('says so when nothing is shared, and refuses a single item with exit 2', async () => {
    expect((await runCli(['coin', '教育', '监督', '制度'])).stdout).toBe('这 3 个短语没有共同的语素，提不出数字提法。\n');
    const one = await runCli(['coin', '教育']);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('错误：至少要给出两个并列的短语，例如：speechkit coin 全地域 全领域 全要素 全功能\n');
  });
});

describe('speechkit analyze: formulations, length, rhetoric and keywords', () => {
  it('--json has formulations with members and positions, the length and the parallel runs of the speech', async () => {
    const doc = JSON.parse((await runCli(['analyze', '--json', 'corpus/001_496adbc9182e7b34.txt'])).stdout);
    expect(doc.formulations.find((f: { term: string }) => f.term === '四个融合')).toMatchObject({
      n: 4,
      kind: 'formulation',
      strategy: 'enumeration',
      members: ['统领融合', '支撑融合', '推进融合', '强化融合'],
      occurrences: [{ line: 27, quoted: true }],
    });
    expect(doc.numberedTerms).toContainEqual(expect.objectContaining({ term: '23项具体任务', kind: 'quantity' }));
    expect(doc.length).toMatchObject({ rate: 180, characters: expect.any(Number) });
    expect(doc.devices).toContainEqual(expect.objectContaining({ kind: 'parallel', shared: '一起', items: ['一起谋划', '一起部署', '一起落实', '一起检查'] }));
    expect(doc.keywords).toHaveLength(10); // keywords come by default
  });

  it('--rate changes the speaking time; --keywords adds that many keywords', async () => {
    const doc = JSON.parse((await runCli(['analyze', '--json', '--rate', '240', '--keywords', '30', 'corpus/001_496adbc9182e7b34.txt'])).stdout);
    expect(doc.length.speakingMinutes).toBe(Math.round((doc.length.characters / 240) * 10) / 10);
    expect(doc.keywords).toHaveLength(30);
    expect(doc.keywords[0]).toMatchObject({ word: '党建', count: expect.any(Number), weight: expect.any(Number) });
  });

  it('--no-keywords leaves keywords out (and the segmenter unloaded)', async () => {
    const doc = JSON.parse((await runCli(['analyze', '--json', '--no-keywords', 'corpus/001_496adbc9182e7b34.txt'])).stdout);
    expect(doc.keywords).toBeUndefined();
    expect(doc.formulations.length).toBeGreaterThan(0);
  });

  it('refuses a --rate that is not a positive whole number', async () => {
    const result = await runCli(['analyze', '--rate', 'fast', 'corpus/001_496adbc9182e7b34.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('错误：--rate 需要一个正整数（每分钟讲多少字，如 --rate 200），收到的是“fast”\n');
  });

  it('several files in --json get one cross-document formulations section', async () => {
    const batch = JSON.parse((await runCli(['analyze', '--json', 'corpus/001_496adbc9182e7b34.txt', 'corpus/004_df05c4cd14513717.txt'])).stdout);
    const turns = batch.formulations.find((f: { term: string }) => f.term === '三个转变');
    expect(turns.documents).toEqual([expect.objectContaining({ path: 'corpus/004_df05c4cd14513717.txt', lines: [19] })]);
    expect(turns.unnamed[0]).toMatchObject({ path: 'corpus/001_496adbc9182e7b34.txt', line: 27 });
  });
});
