/**
 * Word segmentation, behind one small interface so engines can be swapped.
 * Engines are loaded lazily: only commands that segment pay for loading a dictionary.
 */
export interface Segmenter {
  readonly engine: SegmenterEngine;
  /** Words of `text` in order (HMM on, as jieba's default). */
  cut(text: string): string[];
  /**
   * The same words, cut off the JavaScript thread where the engine can (node-rs, on libuv's thread
   * pool), so a caller can analyze while the text is cut.
   */
  cutAsync(text: string): Promise<string[]>;
}

export type SegmenterEngine = 'node-rs' | 'nodejieba';

export const SEGMENTER_ENGINES: readonly SegmenterEngine[] = ['node-rs', 'nodejieba'];

const loaders: Record<SegmenterEngine, () => Promise<Segmenter>> = {
  'node-rs': async () => (await import('./node-rs-jieba.js')).createNodeRsSegmenter(),
  nodejieba: async () => (await import('./nodejieba.js')).createNodejiebaSegmenter(),
};

const loaded = new Map<SegmenterEngine, Promise<Segmenter>>();

/** The engine, loaded once per process. Rejects with a UsageError when the engine is not installed. */
export function loadSegmenter(engine: SegmenterEngine = 'node-rs'): Promise<Segmenter> {
  let segmenter = loaded.get(engine);
  if (!segmenter) {
    segmenter = loaders[engine]();
    loaded.set(engine, segmenter);
  }
  return segmenter;
}
