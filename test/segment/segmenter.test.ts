import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadSegmenter, type SegmenterEngine } from '../../src/segment/segmenter.js';
import { runCli } from '../helpers/cli.js';

const SENTENCE = '要围绕全局、围绕履职、围绕作风、围绕形象来开展机关党建的工作。';

const nodejiebaInstalled = (() => {
  try {
    createRequire(import.meta.url)('nodejieba');
    return true;
  } catch {
    return false;
  }
})();

const engines: SegmenterEngine[] = nodejiebaInstalled ? ['node-rs', 'nodejieba'] : ['node-rs'];

describe.each(engines)('the %s segmenter', (engine) => {
  it('cuts a real sentence into words that join back to it', async () => {
    const words = (await loadSegmenter(engine)).cut(SENTENCE);
    expect(words.join('')).toBe(SENTENCE);
    expect(words).toContain('围绕');
    expect(words).toContain('机关');
  });

  it('cuts the same words off the main thread', async () => {
    const segmenter = await loadSegmenter(engine);
    const paragraph = readFileSync('corpus/004_df05c4cd14513717.txt', 'utf8').split('\n').find((line) => line.length > 200)!;
    expect(await segmenter.cutAsync(paragraph)).toEqual(segmenter.cut(paragraph));
  });
});

describe('choosing the engine', () => {
  it('is loaded once per process', async () => {
    expect(await loadSegmenter('node-rs')).toBe(await loadSegmenter('node-rs'));
  });

  it.runIf(nodejiebaInstalled)('agrees with node-rs on most words', async () => {
    const [a, b] = await Promise.all([loadSegmenter('node-rs'), loadSegmenter('nodejieba')]);
    const text = '深入学习贯彻落实总书记关于机关党的建设重要讲话和重要指示批示精神，对做好机关党的建设工作作出了指示。';
    const fromB = new Set(b.cut(text));
    const wordsA = a.cut(text);
    expect(wordsA.filter((w) => fromB.has(w)).length / wordsA.length).toBeGreaterThan(0.8);
  });

  it('refuses an unknown engine on one line', async () => {
    const result = await runCli(['analyze', '--segmenter', 'thulac', 'corpus/000_abbf707b744d89e9.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('错误：--segmenter 只能是 node-rs 或 nodejieba，收到的是“thulac”\n');
  });

  it.runIf(nodejiebaInstalled)('computes keywords with nodejieba when asked', async () => {
    const result = await runCli(['analyze', '--json', '--segmenter', 'nodejieba', 'corpus/000_abbf707b744d89e9.txt']);
    expect(result.code).toBe(0);
    const keywords = (JSON.parse(result.stdout) as { keywords: { word: string }[] }).keywords.map((k) => k.word);
    expect(keywords).toContain('机关');
  });
});
