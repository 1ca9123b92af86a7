import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Segmenter } from './segmenter.js';

/** The default engine: @node-rs/jieba (prebuilt, fast to load). */
export function createNodeRsSegmenter(): Segmenter {
  const jieba = Jieba.withDict(dict);
  return {
    engine: 'node-rs',
    cut: (text) => jieba.cut(text, true),
  };
}
