/** Values of analyze's --keywords and --rate, checked where commander reads them. */
import { DEFAULT_KEYWORD_COUNT } from '../../analyze/keywords/extract-keywords.js';
import { UsageError } from '../../errors.js';
import { SEGMENTER_ENGINES, type SegmenterEngine } from '../../segment/segmenter.js';

function wholeNumber(value: string, option: string, example: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} 需要一个正整数（${example}），收到的是“${value}”`);
  return n;
}

/** --keywords 20 asks for twenty instead of the default count. */
export function parseKeywordCount(value: string): number {
  return wholeNumber(value, '--keywords', `要列出的关键词个数，如 --keywords 20；默认 ${DEFAULT_KEYWORD_COUNT} 个`);
}

/** --segmenter node-rs | nodejieba. */
export function parseSegmenter(value: string): SegmenterEngine {
  const engine = SEGMENTER_ENGINES.find((e) => e === value);
  if (!engine) throw new UsageError(`--segmenter 只能是 ${SEGMENTER_ENGINES.join(' 或 ')}，收到的是“${value}”`);
  return engine;
}

export function parseRate(value: string): number {
  return wholeNumber(value, '--rate', '每分钟讲多少字，如 --rate 200');
}
