/** Length, speaking time, four-character phrases and parallel runs, on corpus text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speechText } from '../../src/analyze/formulations/speech-text.js';
import { findParallelRuns } from '../../src/analyze/stats/find-parallel-runs.js';
import { fourCharacterPhrases } from '../../src/analyze/stats/four-character-phrases.js';
import { measureLength } from '../../src/analyze/stats/measure-length.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { sourceFromText } from '../helpers/source.js';

const speechOf = (text: string) => parseSpeech(normalizeDocument(sourceFromText(text)));
const runs = (text: string) => findParallelRuns(speechText(speechOf(text))).map((r) => ({ items: r.items, shared: r.shared, position: r.position, form: r.form }));

describe('length', () => {
  const text = '同志们：\n今天，我们召开全市机关党的建设工作会议。下面，我讲三点意见。\n';

  it('counts Han characters only, paragraphs and sentences', () => {
    expect(measureLength(speechOf(text))).toEqual({
      characters: 29,
      paragraphs: 2,
      sentences: 3,
      averageSentenceLength: 9.7,
      pages: 0,
      rate: 180,
      speakingMinutes: 0.2,
    });
  });

  it('gives pages at 616 characters and minutes at the rate asked for (corpus/004)', () => {
    const length = measureLength(speechOf(readFileSync('corpus/004_df05c4cd14513717.txt', 'utf8')), 200);
    expect(length.pages).toBe(Math.round((length.characters / 616) * 10) / 10);
    expect(length.speakingMinutes).toBe(Math.round((length.characters / 200) * 10) / 10);
    expect(length.averageSentenceLength).toBeGreaterThan(20);
  });
});

describe('four-character phrases', () => {
  it('counts clauses of exactly four Han characters, quotation marks not ending a clause (corpus/001, 004)', () => {
    const stats = fourCharacterPhrases(['一要实现从“常规建设”为主，向“品牌建设”为主转变。认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。']);
    expect(stats).toEqual({ phrases: 2, clauses: 5, share: 0.4, common: [{ phrase: '认清形势', count: 1 }, { phrase: '提高认识', count: 1 }] });
  });
});

describe('parallel runs (排比)', () => {
  it('finds three or more clauses with a shared lead, cutting a lead-in off the first (corpus/001)', () => {
    expect(runs('统筹创建工作与机关党建、中心工作的关系，做到一起谋划、一起部署、一起落实、一起检查。')).toEqual([
      { items: ['一起谋划', '一起部署', '一起落实', '一起检查'], shared: '一起', position: 'lead', form: 'clauses' },
    ]);
  });

  it('finds clauses with a shared tail, cutting what runs on after the last (corpus/004)', () => {
    expect(runs('机关党建要发挥聚人心、稳人心、暖人心作用，把机关党员队伍带好。')).toEqual([
      { items: ['聚人心', '稳人心', '暖人心'], shared: '人心', position: 'tail', form: 'clauses' },
    ]);
  });

  it('finds compact runs inside one clause (见速见力见效, corpus/004)', () => {
    expect(runs('推动机关党建服务中心工作见速见力见效。')).toEqual([{ items: ['见速', '见力', '见效'], shared: '见', position: 'lead', form: 'compact' }]);
  });

  it('does not join clauses across sentences, nor pairs, nor items of very different length', () => {
    expect(runs('要以创促建、以创促改。全面进步全面过硬。')).toEqual([]);
    expect(runs('一是推动提质增效。二是加强分类指导。三是注重典型引领。')).toEqual([]);
  });
});
