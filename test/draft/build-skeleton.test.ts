import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import type { OutlineItem } from '../../src/analyze/types.js';
import { buildSkeleton } from '../../src/draft/build-skeleton.js';
import { readSource } from '../../src/io/read-source.js';
import { runCli } from '../helpers/cli.js';

const CORPUS = readdirSync('corpus').filter((f) => f.endsWith('.txt'));
const dir = mkdtempSync(join(tmpdir(), 'speechkit-skeleton-'));

/** The outline as the evaluation compares it: level, marker, heading text, implicit, in order. */
const shape = (items: readonly OutlineItem[]): string[] =>
  items.flatMap((i) => [`${i.level} ${i.marker || '（无序号）'}${i.implicit ? ' 隐含' : ''} ${i.text}`, ...shape(i.children)]);

async function skeletonOf(file: string): Promise<{ skeleton: string; outline: readonly OutlineItem[] }> {
  const analysis = analyzeSource(await readSource(`corpus/${file}`), { normalize: { repair: true } });
  return { skeleton: buildSkeleton(analysis), outline: analysis.outline };
}

describe('buildSkeleton', () => {
  it.each(CORPUS)('keeps the outline of %s: analyzing the skeleton gives it back', async (file) => {
    const { skeleton, outline } = await skeletonOf(file);
    expect(outline.length).toBeGreaterThan(1);
    const path = join(dir, file.replace('.txt', '.md'));
    writeFileSync(path, skeleton);
    const again = analyzeSource(await readSource(path));
    expect(shape(again.outline)).toEqual(shape(outline));
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('lays out corpus/004 as reviewed (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const { skeleton } = await skeletonOf('004_df05c4cd14513717.txt');
    const golden = 'test/draft/golden/skeleton-004.md';
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, skeleton);
    expect(skeleton).toBe(readFileSync(golden, 'utf8'));
  });

  it('says the model’s own announcement again instead of inventing one', async () => {
    const { skeleton } = await skeletonOf('004_df05c4cd14513717.txt');
    expect(skeleton).toMatch(/^下面，我就进一步推进机关党建工作高质量发展，讲几点意见。$/m);
    expect(skeleton).not.toMatch(/我讲四点意见/);
    const unannounced = await skeletonOf('002_e3a15817498c2af4.txt');
    expect(unannounced.skeleton).toMatch(/^下面，我讲四点意见。$/m);
  });

  it('lists the formulations of each part as notes', async () => {
    const analysis = analyzeSource(await readSource('corpus/004_df05c4cd14513717.txt'));
    const third = analysis.outline[2]!;
    const skeleton = buildSkeleton({
      ...analysis,
      formulations: [{ term: '三个转变', members: ['品牌建设', '抓党建主业', '信息化管理'], occurrences: [{ paragraph: third.paragraph }] }],
    });
    const section = skeleton.slice(skeleton.indexOf('## 三、'), skeleton.indexOf('## 四、'));
    expect(section).toContain('<!-- 提法：三个转变——品牌建设、抓党建主业和信息化管理 -->');
  });
});

describe('speechkit draft --from', () => {
  it('writes the skeleton of a model speech', async () => {
    const out = join(dir, 'skeleton.md');
    const { code, stdout } = await runCli(['draft', '--from', 'corpus/004_df05c4cd14513717.txt', '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe(`已写出草稿 ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('test/draft/golden/skeleton-004.md', 'utf8'));
  });
});
