/**
 * Keywords must not depend on which speeches a thread analyzed before (nor on --jobs): keeping a
 * formulation whole is done on each speech's own cut, never by changing the shared segmenter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { joinParagraphs, keywordsOfWords } from '../../src/analyze/keywords/extract-keywords.js';
import { loadIdfTable, type IdfTable } from '../../src/analyze/keywords/idf-table.js';
import { keepWhole, wholeTerms } from '../../src/analyze/keywords/keep-whole.js';
import { loadSegmenter, type Segmenter } from '../../src/segment/segmenter.js';

const SENTENCE = '具体来说，就是做到“四个融合”。增强“四个意识”、坚定“四个自信”、做到“两个维护”。';

describe('keepWhole', () => {
  it('joins the pieces that spell a term, the longest first, and leaves the rest as cut', () => {
    const words = ['做到', '“', '四个', '融合', '”', '，', '四个', '意识', '，', '五', '量'];
    expect(keepWhole(words, wholeTerms(['四个融合', '四个', '五量']))).toEqual(['做到', '“', '四个融合', '”', '，', '四个', '意识', '，', '五量']);
    expect(keepWhole(words, wholeTerms([]))).toEqual(words);
  });
});

describe('keywordsOfWords', () => {
  let segmenter: Segmenter;
  let idf: IdfTable;
  beforeAll(async () => {
    [segmenter, idf] = await Promise.all([loadSegmenter(), loadIdfTable()]);
  });

  it('keeps one speech’s formulations whole without changing how the next speech is cut', () => {
    const before = segmenter.cut(SENTENCE);
    const words = keywordsOfWords(segmenter.cut(joinParagraphs([SENTENCE])), idf, { top: 20, keepWhole: ['四个融合', '两个维护'] }).map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(['四个融合', '两个维护']));
    expect(segmenter.cut(SENTENCE)).toEqual(before);
    expect(before).not.toContain('四个融合');
  });
});
