import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestPhrases } from '../../src/draft/suggest-phrases.js';
import { readSource } from '../../src/io/read-source.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { loadSegmenter } from '../../src/segment/segmenter.js';

const FILES = ['000_abbf707b744d89e9', '001_496adbc9182e7b34', '002_e3a15817498c2af4', '003_e78e08f09b700b02', '004_df05c4cd14513717'];
const corpus = await Promise.all(FILES.map(async (f) => parseSpeech(normalizeDocument(await readSource(`corpus/${f}.txt`)))));
const segmenter = await loadSegmenter();

const POINTS = [
  '突出政治建设，始终做到对党绝对忠诚。坚持理论武装。严肃党内政治生活',
  '夯实基层基础，推动机关党组织全面进步全面过硬。规范支部组织生活。抓好党员教育管理',
  '压实工作责任，以严实作风推动各项任务落地见效。主体责任清单。述职评议考核',
];

describe('suggestPhrases', () => {
  const ideas = suggestPhrases(POINTS, corpus, segmenter);

  it('finds a few corpus sentences for each point, sharing its keywords', () => {
    expect(ideas.map((list) => list.length)).toEqual([3, 3, 3]);
    ideas.forEach((list, i) => {
      for (const idea of list) {
        expect(idea.keywords.length).toBeGreaterThanOrEqual(2);
        for (const word of idea.keywords) {
          expect(POINTS[i]).toContain(word);
          expect(idea.text).toContain(word);
        }
      }
    });
  });

  it('points at the line of the file the sentence stands on', () => {
    for (const idea of ideas.flat()) {
      const line = readFileSync(idea.file, 'utf8').split(/\r\n?|\n/)[idea.line - 1]!;
      // The sentence is normalized (简体, full-width punctuation); its words stand on that line.
      const simplified = !idea.file.includes('002_');
      if (simplified) for (const word of idea.keywords) expect(line).toContain(word);
      expect(idea.file).toMatch(/^corpus\/\d{3}_\w+\.txt$/);
    }
  });

  it('offers a sentence once, to the first point it fits', () => {
    const texts = ideas.flat().map((idea) => idea.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('offers nothing for a point the corpus does not speak of', () => {
    expect(suggestPhrases(['加快量子计算芯片研发'], corpus, segmenter)).toEqual([[]]);
  });
});
