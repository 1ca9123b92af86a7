import type { Speech } from '../../model.js';
import { paragraphAt } from '../speech-text.js';

/**
 * Words that open the closing of a speech. An announcement in a sentence they open, after the last
 * main part (一、… 四、), introduces a closing run at the top level, outside that part.
 */
export interface ClosingLead {
  /** Anchored at the sentence start. */
  readonly pattern: RegExp;
  readonly example: string;
  readonly source: string;
}

export const CLOSING_LEADS: readonly ClosingLead[] = [
  {
    pattern: /^最后[，,]/u,
    example: '最后，我给今天参加会议的同志们提3点要求。一要狠抓工作落实。',
    source: '习近平《在统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议上的讲话》（2020）',
  },
];

/** Start of the sentence holding `at` when a closing lead opens it. */
export function closingSentenceStart(speech: Speech, at: number): number | undefined {
  const paragraph = paragraphAt(speech, at);
  const inParagraph = at - (paragraph?.offset ?? 0);
  const sentence = paragraph?.sentences.find((s) => s.offsetInParagraph <= inParagraph && inParagraph < s.offsetInParagraph + s.value.length);
  if (!paragraph || !sentence || !CLOSING_LEADS.some((c) => c.pattern.test(sentence.value))) return undefined;
  return paragraph.offset + sentence.offsetInParagraph;
}
