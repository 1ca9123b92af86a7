import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import type { Segmenter } from './segmenter.js';

interface NodejiebaModule {
  cut(text: string, hmm?: boolean): string[];
}

/** The optional engine the user named: nodejieba (a native addon, built from source when needed). */
export function createNodejiebaSegmenter(): Segmenter {
  let nodejieba: NodejiebaModule;
  try {
    nodejieba = createRequire(import.meta.url)('nodejieba') as NodejiebaModule;
  } catch {
    throw new UsageError('分词引擎 nodejieba 未安装：请运行 npm install nodejieba，或改用默认引擎 --segmenter node-rs');
  }
  return {
    engine: 'nodejieba',
    cut: (text) => nodejieba.cut(text, true),
    // nodejieba has no asynchronous cut: the words come at once, on this thread.
    cutAsync: async (text) => nodejieba.cut(text, true),
  };
}
