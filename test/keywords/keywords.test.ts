/** TF-IDF keywords with the genre's stop words, on corpus text and the real segmenter. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinParagraphs, keywordsOfWords } from '../../src/analyze/keywords/extract-keywords.js';
import { loadIdfTable, parseIdfTable, type IdfTable } from '../../src/analyze/keywords/idf-table.js';
import { GENRE_STOP_WORDS, STOP_WORDS } from '../../src/analyze/keywords/stop-words.js';
import { loadSegmenter, type Segmenter } from '../../src/segment/segmenter.js';
import { startKeywordCut } from '../../src/analyze/keywords/speech-keywords.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { sourceFromText } from '../helpers/source.js';

const paragraphs = (name: string): string[] =>
  readFileSync(`corpus/${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim());

describe('keywords', () => {
  let segmenter: Segmenter;
  let idf: IdfTable;
  beforeAll(async () => {
    [segmenter, idf] = await Promise.all([loadSegmenter(), loadIdfTable()]);
  });

  it('ranks the topic words of a speech and leaves out the genre’s stop words (corpus/003)', () => {
    const words = keywordsOfWords(segmenter.cut(joinParagraphs(paragraphs('003_e78e08f09b700b02.txt'))), idf, { top: 15 }).map((k) => k.word);
    expect(words.slice(0, 3)).toEqual(expect.arrayContaining(['党建', '基层']));
    for (const stop of ['同志们', '我们', '工作', '要', '推进', '加强']) expect(words).not.toContain(stop);
  });

  it('keeps the speech’s formulations whole (四个融合, 五量, corpus/001)', () => {
    const text = ['做好“汲取前行力量、把准评价分量、追求服务质量、做优堡垒增量、汇聚先锋能量”这篇“五量”答卷。', '具体来说，就是做到“四个融合”。“四个融合”是关键，“五量”是答卷。'];
    const words = keywordsOfWords(segmenter.cut(joinParagraphs(text)), idf, { top: 30, keepWhole: ['五量', '四个融合'] }).map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(['五量', '四个融合']));
  });

  it('counts each keyword and weighs it tf × idf, heaviest first', () => {
    const list = keywordsOfWords(segmenter.cut(joinParagraphs(paragraphs('000_abbf707b744d89e9.txt'))), idf);
    expect(list).toHaveLength(10);
    expect(list.map((k) => k.weight)).toEqual([...list.map((k) => k.weight)].sort((a, b) => b - a));
    expect(list[0]!.count).toBeGreaterThan(1);
  });

  it('cuts a long speech in pieces into the words of its joined paragraphs cut at once', async () => {
    const text = Array.from({ length: 32 }, () => readFileSync('corpus/004_df05c4cd14513717.txt', 'utf8')).join('\n');
    const speech = parseSpeech(normalizeDocument(sourceFromText(text)));
    expect(text.length).toBeGreaterThan(150_000); // more than one piece
    expect(await startKeywordCut(speech, segmenter)).toEqual(segmenter.cut(joinParagraphs(speech.paragraphs.map((p) => p.value))));
  });

  it('cuts joined paragraphs into the words of the paragraphs cut one by one, line breaks between', () => {
    for (const name of ['000_abbf707b744d89e9.txt', '002_e3a15817498c2af4.txt', '004_df05c4cd14513717.txt']) {
      const lines = paragraphs(name);
      const oneByOne = lines.flatMap((line, i) => (i === 0 ? segmenter.cut(line) : ['\n', ...segmenter.cut(line)]));
      expect(segmenter.cut(joinParagraphs(lines)), name).toEqual(oneByOne);
    }
  });
});

describe('the IDF table and the stop list', () => {
  it('reads jieba’s “word idf” lines and gives the median to unknown words', () => {
    const table = parseIdfTable('党建 6.5\n机关 5.0\n五量 9.0\n');
    expect(table.idf('党建')).toBe(6.5);
    expect(table.idf('没见过')).toBe(6.5);
  });

  it('says why each group of stop words is there, with a real sentence', () => {
    for (const group of GENRE_STOP_WORDS) {
      expect(group.reason).not.toBe('');
      expect(group.words.some((w) => group.example.includes(w))).toBe(true);
    }
    expect(STOP_WORDS.has('同志们')).toBe(true);
  });
});
