import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MappedText, analyzeSource, coin, renderCheckReport, type SourceDocument } from '../../src/index.js';

const path = 'corpus/004_df05c4cd14513717.txt';
const original = readFileSync(path, 'utf8');
const source: SourceDocument = { path, format: 'txt', encoding: 'UTF-8', original, text: MappedText.identity(original) };

describe('the library API, used without the CLI', () => {
  it('analyzes a speech held in memory: outline, announced counts and formulations', () => {
    const analysis = analyzeSource(source);
    expect(analysis.outline.map((item) => item.marker)).toEqual(['一、', '二、', '三、', '四、']);
    expect(analysis.announced.find((a) => a.phrase.includes('几点意见'))).toMatchObject({ count: null, found: 4 });
    expect(analysis.formulations.map((f) => f.term)).toContain('三个表率、一个模范');
  });

  it('renders check lines that point into the original file', () => {
    const report = renderCheckReport([analyzeSource(source)]);
    const placeholder = report.split('\n').find((line) => line.includes('placeholder'));
    expect(placeholder).toMatch(/^corpus\/004_df05c4cd14513717\.txt:\d+:\d+ /);
  });

  it('coins the abbreviation of a list of items', () => {
    expect(coin(['汲取前行力量', '把准评价分量', '追求服务质量', '做优堡垒增量', '汇聚先锋能量'])[0]?.term).toBe('五量');
  });
});
