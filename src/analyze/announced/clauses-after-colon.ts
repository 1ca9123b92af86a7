import type { Speech } from '../../model.js';
import { paragraphAt } from '../speech-text.js';
import { countHan } from '../../text/han.js';

const COLON = /[：:]/u;
const CLAUSE_BREAK = /[；;]/gu;
/** What closes a sentence after its last clause: 。 and closing quotes or brackets. */
const SENTENCE_CLOSE = /[\s。！？!?”’」』）)]+$/u;
const MIN_CLAUSE_HAN = 2;

/**
 * The list an announcement opens in its own sentence, after a colon: its clauses when semicolons set
 * them apart (要十分明确地讲两句话：一句是坚定不移，毫不动摇；一句是全面执行，一以贯之 → two clauses),
 * else [] — the items are there but cannot be told apart. null when no colon follows the phrase or
 * the sentence ends at it: the items, if any, come in the following text.
 */
export function clausesAfterColon(speech: Speech, at: number): { start: number; end: number }[] | null {
  const text = speech.normalized.text.value;
  if (!COLON.test(text[at] ?? '')) return null;
  const paragraph = paragraphAt(speech, at);
  if (!paragraph) return null;
  const inParagraph = at - paragraph.offset;
  const sentence = paragraph.sentences.find(
    (s) => s.offsetInParagraph <= inParagraph && inParagraph < s.offsetInParagraph + s.value.length,
  );
  if (!sentence) return null;
  const from = at + 1;
  const rest = text.slice(from, paragraph.offset + sentence.offsetInParagraph + sentence.value.length);
  const body = rest.replace(SENTENCE_CLOSE, '');
  if (countHan(body) < MIN_CLAUSE_HAN) return null;
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of [...body.matchAll(CLAUSE_BREAK), { index: body.length }]) {
    clauses.push({ start: from + start, end: from + m.index });
    start = m.index + 1;
  }
  const real = clauses.length >= 2 && clauses.every((c) => countHan(text.slice(c.start, c.end)) >= MIN_CLAUSE_HAN);
  return real ? clauses : [];
}
