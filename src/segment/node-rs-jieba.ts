import { Jieba } from '@node-rs/jieba';
import { readJiebaData } from './jieba-data.js';
import type { Segmenter } from './segmenter.js';

/** The default engine: @node-rs/jieba (prebuilt, fast to load). */
export function createNodeRsSegmenter(): Segmenter {
  const jieba = Jieba.withDict(readJiebaData('dict.txt'));
  return {
    engine: 'node-rs',
    cut: (text) => jieba.cut(text, true),
    // Typed as Promise<unknown> by the package; it resolves to the words, as cut returns them.
    cutAsync: (text) => jieba.cutAsync(text, true) as Promise<string[]>,
  };
}
