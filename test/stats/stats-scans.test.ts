/**
 * The one-pass scans of the stats read as the plain definitions they replace: four-character
 * clauses as a split of the quote-free text, compact runs as every match of their pattern —
 * also where a quotation mark or a character outside the Basic Multilingual Plane sends a clause
 * or a paragraph to the slow path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speechText } from '../../src/analyze/formulations/speech-text.js';
import { findParallelRuns } from '../../src/analyze/stats/find-parallel-runs.js';
import { fourCharacterPhrases } from '../../src/analyze/stats/four-character-phrases.js';
import { compareChinese } from '../../src/text/compare-chinese.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { sourceFromText } from '../helpers/source.js';

const seeds = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`corpus/${f}`, 'utf8'));

/** The definition: split the quote-free text at clause marks, count clauses with Han and those of four Han characters. */
function fourCharacterByDefinition(paragraphs: readonly string[]) {
  const counts = new Map<string, number>();
  let clauses = 0;
  let phrases = 0;
  for (const text of paragraphs) {
    for (const clause of text.replace(/[“”‘’"'「」『』]/gu, '').split(/[\s，。、；：！？（）()《》〈〉…—·,.;:!?]+/u)) {
      if (!/\p{Script=Han}/u.test(clause)) continue;
      clauses++;
      if (clause.length === 4 && /^\p{Script=Han}+$/u.test(clause)) {
        phrases++;
        counts.set(clause, (counts.get(clause) ?? 0) + 1);
      }
    }
  }
  const common = [...counts]
    .sort((a, b) => b[1] - a[1] || compareChinese(a[0], b[0]))
    .slice(0, 10)
    .map(([phrase, count]) => ({ phrase, count }));
  return { phrases, clauses, share: clauses ? Math.round((phrases / clauses) * 1000) / 1000 : 0, common };
}

/** 𠮷 (U+20BB7) is a Han character written as a surrogate pair. */
const ASTRAL = '\u{20BB7}';

describe('four-character phrases, one pass', () => {
  it('counts as the definition on every seed speech', () => {
    for (const text of seeds) {
      const paragraphs = text.split(/\n+/);
      expect(fourCharacterPhrases(paragraphs)).toEqual(fourCharacterByDefinition(paragraphs));
    }
  });

  it('reads clauses with quotation marks or surrogate pairs as the definition does (corpus/001)', () => {
    const paragraphs = [
      '一要实现从“常规建设”为主，向“品牌建设”为主转变。认清形势、提高认识，“聚人心”、稳人心。',
      `认清形势、提高认识，${ASTRAL}${ASTRAL}、深刻理解${ASTRAL}，把握发展。`,
    ];
    const stats = fourCharacterPhrases(paragraphs);
    expect(stats).toEqual(fourCharacterByDefinition(paragraphs));
    expect(stats.common.map((c) => c.phrase)).toContain(`${ASTRAL}${ASTRAL}`);
  });
});

describe('compact runs, one pass', () => {
  const speechOf = (text: string) => parseSpeech(normalizeDocument(sourceFromText(text)));
  const compact = (text: string) =>
    findParallelRuns(speechText(speechOf(text)))
      .filter((r) => r.form === 'compact')
      .map((r) => ({ items: r.items, shared: r.shared }));

  it('finds a run where a paragraph has a surrogate pair as where it has none (corpus)', () => {
    const sentence = '使行动成为机关作风转变和工作高质量提升的加速器，推动市委的部署安排在机关落地落实落小，推动机关党建服务中心工作见速见力见效。';
    const plain = compact(sentence);
    expect(plain).toEqual([
      { items: ['落地', '落实', '落小'], shared: '落' },
      { items: ['见速', '见力', '见效'], shared: '见' },
    ]);
    expect(compact(`${ASTRAL}${sentence}`)).toEqual(plain);
  });
});
