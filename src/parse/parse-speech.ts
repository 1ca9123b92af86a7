import type { NormalizedDocument, Paragraph, Sentence, Speech, TextNode } from '../model.js';
import { findTitleParagraph } from './find-title.js';
import { isSpace } from '../text/is-space.js';
import { splitSentences } from './split-sentences.js';

/**
 * Splits normalized text into paragraphs (non-blank lines) and sentences, each keeping its span in
 * the original file and the raw slice. The title is the paragraph that cleaning named as title, or
 * a short unpunctuated first line.
 */
export function parseSpeech(normalized: NormalizedDocument): Speech {
  const { text, source } = normalized;
  const node = (start: number, end: number): TextNode => {
    const span = text.toOriginal({ start, end });
    return { span, raw: source.original.slice(span.start, span.end), value: text.value.slice(start, end) };
  };
  const paragraphs: Paragraph[] = [];
  const value = text.value;
  const marked = source.headings ?? [];
  let nextMarked = 0;
  for (let lineStart = 0; lineStart <= value.length; ) {
    let lineEnd = value.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = value.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(value.charCodeAt(s))) s++;
    while (e > s && isSpace(value.charCodeAt(e - 1))) e--;
    if (e > s) {
      const { span, raw, value: paragraph } = node(s, e);
      const sentences: Sentence[] = [];
      for (const r of splitSentences(paragraph)) {
        // Built in one literal, no node() copied: this runs for every sentence of the corpus.
        const sentenceSpan = text.toOriginal({ start: s + r.start, end: s + r.end });
        sentences.push({
          span: sentenceSpan,
          raw: source.original.slice(sentenceSpan.start, sentenceSpan.end),
          value: paragraph.slice(r.start, r.end),
          offsetInParagraph: r.start,
        });
      }
      // Headings and paragraphs both come in document order: one walk pairs them.
      while (nextMarked < marked.length && marked[nextMarked]!.end <= span.start) nextMarked++;
      const markedHeading = nextMarked < marked.length && marked[nextMarked]!.start <= span.start;
      paragraphs.push({ span, raw, value: paragraph, index: paragraphs.length, offset: s, sentences, ...(markedHeading && { markedHeading }) });
    }
    lineStart = lineEnd + 1;
  }
  const title = findTitleParagraph(paragraphs, normalized.metadata.title);
  return title ? { normalized, title, paragraphs } : { normalized, paragraphs };
}
