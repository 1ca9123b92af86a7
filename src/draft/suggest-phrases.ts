import type { Speech } from '../model.js';
import type { Segmenter } from '../segment/segmenter.js';
import { LineIndex } from '../text/line-index.js';
import type { PhraseIdea } from './hint-comments.js';

interface CorpusSentence {
  readonly text: string;
  readonly file: string;
  readonly line: number;
  readonly words: ReadonlySet<string>;
}

/** Sentences shorter or longer than this make poor phrase ideas (a heading stub, a whole paragraph). */
const MIN_LENGTH = 12;
const MAX_LENGTH = 120;
/** A word in more than this share of the corpus sentences says nothing about a point (工作, 加强, 我们). */
const MAX_DOCUMENT_SHARE = 0.04;
/** Keywords a sentence must share with a point to be offered. */
const MIN_SHARED = 2;
/** A few ideas a point: more would bury the draft in comments. */
const IDEAS_PER_POINT = 3;

/**
 * Phrase ideas: for each point (its title, notes and sub-points as one query), the corpus sentences
 * that share the most informative keywords with it (words weighted by inverse sentence frequency, so
 * the genre's everyday words weigh nothing), each with its file and line. A sentence is offered once.
 */
export function suggestPhrases(
  queries: readonly string[],
  corpus: readonly Speech[],
  segmenter: Segmenter,
): PhraseIdea[][] {
  const sentences = corpusSentences(corpus, segmenter);
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const weight = (word: string): number => {
    const df = frequency.get(word) ?? 0;
    return df === 0 || df > sentences.length * MAX_DOCUMENT_SHARE ? 0 : Math.log(sentences.length / df);
  };
  const used = new Set<string>();
  return queries.map((query) => {
    const keywords = [...contentWords(segmenter.cut(query))].filter((w) => weight(w) > 0);
    const ranked = sentences
      .filter((s) => !used.has(s.text))
      .map((s) => {
        const shared = keywords.filter((w) => s.words.has(w));
        return { s, shared, score: shared.reduce((sum, w) => sum + weight(w), 0) };
      })
      .filter((r) => r.shared.length >= MIN_SHARED)
      .sort((a, b) => b.score - a.score || a.s.text.length - b.s.text.length)
      .slice(0, IDEAS_PER_POINT);
    for (const r of ranked) used.add(r.s.text);
    return ranked.map(({ s, shared }) => ({ text: s.text, file: s.file, line: s.line, keywords: shared }));
  });
}

function corpusSentences(corpus: readonly Speech[], segmenter: Segmenter): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  for (const speech of corpus) {
    const { source } = speech.normalized;
    const lines = new LineIndex(source.original);
    for (const paragraph of speech.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const text = sentence.value.trim();
        if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) continue;
        const line = lines.locate(sentence.span.start).line;
        out.push({ text, file: source.path, line, words: contentWords(segmenter.cut(text)) });
      }
    }
  }
  return out;
}

/** Words of two or more Han characters: single characters and punctuation carry no topic. */
function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => /^\p{Script=Han}{2,}$/u.test(w)));
}
