import { isSpace } from '../text/is-space.js';

/** Ends of a sentence: 。！？ (and a closing quote or bracket right after them), or a line end. */
const SENTENCE_END = /[。！？!?]+[”’」』）)]*|…{1,2}(?=[”’」』）)]*[^，、；：”’」』）)])/g;

/** Value ranges [start, end) of the sentences of one paragraph, without surrounding spaces. */
export function splitSentences(paragraph: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(paragraph.charCodeAt(s))) s++;
    while (e > s && isSpace(paragraph.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(paragraph.length);
  return out;
}
