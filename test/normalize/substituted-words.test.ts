import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizePunctuation } from '../../src/normalize/normalize-punctuation.js';
import { SUBSTITUTION_RULES } from '../../src/normalize/substitution-rules.js';
import { applyRepairs, findSubstitutedWords } from '../../src/normalize/substituted-words.js';
import { MappedText } from '../../src/text/mapped-text.js';

/** As the pipeline sees a sentence: punctuation already full-width. */
const normalized = (sentence: string): MappedText => normalizePunctuation(MappedText.identity(sentence)).text;
const found = (sentence: string) => findSubstitutedWords(normalized(sentence));

describe('substitution rules', () => {
  it.each(SUBSTITUTION_RULES.map((r) => [r.id, r] as const))('%s finds its word in its real example, and repairs it', (_id, rule) => {
    const text = normalized(rule.example);
    const hits = findSubstitutedWords(text).filter((s) => s.diagnostic.ruleId === `substitution/${rule.id}`);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(rule.example.slice(hit.diagnostic.span.start, hit.diagnostic.span.end)).toBe(rule.word);
      expect(hit.diagnostic).toMatchObject({
        severity: 'warning',
        message: `疑似伪原创替换词：${rule.word}，应为“${rule.replacement}”`,
        fix: rule.replacement,
      });
    }
    expect(applyRepairs(text, hits).value).toContain(rule.replacement);
  });

  it.each([
    ['开展 with an activity', '近几天，我到几个单位开展了调研，支持群众开展健康向上的文体活动。'],
    ['开展 as the work going on', '推动了全市各项工作正常顺利开展。'],
    ['表达 an opinion', '要畅通群众表达意见和诉求的渠道。'],
    ['打个比方', '打个比方，党建和业务就像车之两轮。'],
    ['大局 部署', '围绕全市工作大局部署党建任务。'],
    ['全面进步', '促进全面进步全面过硬，最终实现整体提升。'],
    ['无私奉献', '广大党员发扬无私奉献精神。'],
    ['创立 a party', '中国共产党创立以来，始终把为中国人民谋幸福作为初心。'],
    ['广阔 land', '农村是一个广阔天地，在那里是可以大有作为的。'],
    ['稳固 as an adjective', '形成稳固的基层党建工作格局。'],
  ])('leaves %s alone', (_name, sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('finds nothing in the corpus speeches that were not rewritten (000, 001, 002, 004)', () => {
    for (const name of ['000_abbf707b744d89e9', '001_496adbc9182e7b34', '002_e3a15817498c2af4', '004_df05c4cd14513717']) {
      expect(found(readFileSync(`corpus/${name}.txt`, 'utf8')).map((s) => s.diagnostic.message)).toEqual([]);
    }
  });

  it('lets the earlier rule win where two rules claim overlapping words', () => {
    const rules = [
      { id: 'a', word: '根底', replacement: '基础', contexts: [{ before: /局部/ }], example: '', seenIn: '' },
      { id: 'b', word: '部根', replacement: 'X', contexts: [{}], example: '', seenIn: '' },
    ];
    const hits = findSubstitutedWords(normalized('一局部根底较弱的单位'), rules);
    expect(hits.map((h) => h.diagnostic.ruleId)).toEqual(['substitution/a']);
  });
});
