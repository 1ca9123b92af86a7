/** One test per diagnostic rule, each on real sentences (with the fault planted where the rule needs one). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/diagnostics/rules.js';
import { positionOf } from '../../src/report/positions.js';
import { analyzeText } from './analyze-text.js';

const seed = (name: string): string => readFileSync(`corpus/${name}`, 'utf8');
/** The analysis's own diagnostics (normalization's are tested with normalization), as rule@line. */
function findings(text: string): string[] {
  const a = analyzeText(text);
  const source = a.speech.normalized.source;
  return a.diagnostics
    .filter((d) => d.ruleId in RULES)
    .map((d) => `${d.ruleId}@${positionOf(source, d.span).line}`);
}

const ONE = '一、务必保持清醒头脑,进一步稳固拓展基层党建推进工作成果\n基层党建推进工作没有现成的经验可以借鉴。\n';
const TWO = '二、准确把握工作方向,进一步抓好基层党建整体推进各项工作落实落地\n市委已经明确,抓整体推进的核心就是抓支部、抓党员。\n';
const THREE = '三、注重全面统筹结合,进一步夯实基层党建推进工作基层根底\n整体推进基层党建工作任务重、要求高,核心在于融合、统筹。\n';

describe('diagnostics', () => {
  it('the clean seeds give no error (corpus/004 讲几点意见 with four parts is fine)', () => {
    for (const name of ['000_abbf707b744d89e9.txt', '001_496adbc9182e7b34.txt', '002_e3a15817498c2af4.txt', '003_e78e08f09b700b02.txt', '004_df05c4cd14513717.txt']) {
      const errors = analyzeText(seed(name)).diagnostics.filter((d) => d.severity === 'error');
      expect(errors, name).toEqual([]);
    }
  });

  it('outline/numbering-gap: 一、 then 三、', () => {
    expect(findings(ONE + THREE)).toEqual(['outline/numbering-gap@3']);
  });

  it('outline/numbering-gap: a run that starts at 二、', () => {
    expect(findings(TWO + THREE)).toEqual(['outline/numbering-gap@1']);
  });

  it('outline/numbering-repeat: 二、 twice', () => {
    expect(findings(ONE + TWO + TWO.replace('准确把握', '注重全面统筹'))).toEqual(['outline/numbering-repeat@5']);
  });

  it('outline/numbering-disorder: 一、 三、 二、 reports the heading out of place, and no gap', () => {
    expect(findings(ONE + THREE + TWO)).toEqual(['outline/numbering-disorder@5']);
  });

  it('outline/level-misuse: （一） directly under 1. (analysis of the 青藏铁路 speech, level planted)', () => {
    const text =
      '1.作评价。\n讲话第一部分,4个自然段。\n(一)言会。讲话伊始就鲜明地提出“青藏铁路精神”。\n(二)祝贺。肯定青藏铁路的建成通车是又一个伟大成就。\n' +
      '2.谈启示。讲话分三大部分,作评价,谈启示,提要求。\n';
    expect(findings(text)).toEqual(['outline/level-misuse@3']);
  });

  it('outline/mixed-families: 一、 二、 then （三） （四） at the same level', () => {
    const text = ONE + TWO + THREE.replace('三、', '（三）') + '（四）切实加大投入。各地各部门各单位要切实加大对党建推进工作的实际投入。\n';
    expect(findings(text)).toEqual(['outline/mixed-families@5']);
  });

  it('announced/count-mismatch: 讲五点意见 with four points (corpus/000, 第三 deleted)', () => {
    const draft = seed('000_abbf707b744d89e9.txt').split('\n').filter((l) => !l.startsWith('第三,')).join('\n');
    // Line 11 announces; 第四 moved up from line 19 to 18.
    expect(findings(draft).filter((f) => !f.startsWith('text/'))).toEqual(['announced/count-mismatch@11', 'outline/numbering-gap@18']);
  });

  it('announced/items-not-found: 提出了三点明确要求 of another speaker is only a remark (corpus/004)', () => {
    const a = analyzeText(seed('004_df05c4cd14513717.txt'));
    const found = a.diagnostics.filter((d) => d.ruleId === 'announced/items-not-found');
    expect(found.map((d) => [d.severity, d.message.slice(0, 11)])).toEqual([['info', '“提出了三点明确要求”']]);
  });

  it('text/placeholder: x书记, x%, X、X and ** (corpus/004, 003, 000)', () => {
    const text = '今天，x书记亲自到会。\n党员电子身份认证已达x%以上。\nX、X是加强党的建设的永恒课题。\n市委召开了推进**城市文明建设工程千人动员大会。\nPPT动画的文件下载后无此问题。\n';
    expect(findings(text)).toEqual([
      'text/placeholder@1',
      'text/placeholder@2',
      'text/placeholder@3',
      'text/placeholder@3',
      'text/placeholder@4',
    ]);
  });

  it('text/empty-quotes: a term lost in scraping (corpus/002)', () => {
    expect(findings('先后建立健全了机关党组织的“”、“党员民主生活会”、“民主评议党员”等制度。\n')).toEqual(['text/empty-quotes@1']);
  });

  it('passes normalization diagnostics through, in text order', () => {
    const a = analyzeText(seed('003_e78e08f09b700b02.txt'));
    const starts = a.diagnostics.map((d) => d.span.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(a.diagnostics.some((d) => !(d.ruleId in RULES))).toBe(true);
  });
});
