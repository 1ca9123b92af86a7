/**
 * How far the head of an unquoted set name runs: up to the last set noun within reach
 * (三大科创高地建设取得 → 科创高地; 五大急危重症救治中心县级 → 急危重症救治中心).
 */
import { SET_NOUNS } from './formulation-heads.js';
import { isHanCodePoint } from '../../text/han.js';
import { isHeadStop } from './parse-term.js';

const NOUNS = SET_NOUNS.flatMap((g) => g.nouns).sort((a, b) => b.length - a.length);
/** Set names are longer than other heads, but still a phrase: 急危重症救治中心 has eight characters. */
const MAX_SET_HEAD = 8;

/** The head starting at `from` that ends in a set noun, the longest within reach; undefined if none. */
export function setHeadAt(text: string, from: number): string | undefined {
  let end = from;
  while (end < text.length && end - from < MAX_SET_HEAD && isHanCodePoint(text.charCodeAt(end)) && !isHeadStop(text.charCodeAt(end))) end++;
  for (let to = end; to > from; to--) {
    const head = text.slice(from, to);
    if (NOUNS.some((noun) => head.endsWith(noun))) return head;
  }
  return undefined;
}
