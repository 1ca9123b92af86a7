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

/** The lead stands near its announcement (最后，我给今天参加会议的同志们提3点要求): a bounded look back keeps long files linear. */
const MAX_LEAD_DISTANCE = 60;

/** Start of the sentence holding normalized offset `at` when a closing lead opens it, not far before `at`. */
export function closingSentenceStart(text: string, at: number): number | undefined {
  const bound = Math.max(0, at - MAX_LEAD_DISTANCE);
  let start = at;
  while (start > bound && !/[。！？!?\n]/u.test(text[start - 1]!)) start--;
  if (start === bound && bound > 0) return undefined;
  while (start < at && /[\s”’」』）)]/u.test(text[start]!)) start++;
  const sentence = text.slice(start, at);
  return CLOSING_LEADS.some((c) => c.pattern.test(sentence)) ? start : undefined;
}
