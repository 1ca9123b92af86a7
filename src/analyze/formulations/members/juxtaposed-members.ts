/**
 * Members written side by side without separators, right before the term: “牛羊菜果薯药粮种”八大产业集群
 * (eight one-character members), 实行教学科研生产三结合 (three two-character members after a lead-in verb).
 */
import { makeItem, type Item } from './list-items.js';
import { LIST_LEAD_IN_VERBS } from './list-words.js';

/** Members this long: one character (牛, 羊; quoted only) or a two-character word (教学, 科研). */
const MEMBER_LENGTHS = [1, 2];
/** Function words never stand as a member (看是不是牢固树立: not 看是、不是、牢固、树立). */
const FUNCTION_CHARS = /[是不的了着之也都就要把被而与和及或在于为]/;
/** Fewer than three juxtaposed words are as often one phrase as two members. */
const FEWEST = 3;

/**
 * Splits [from, to) into n equal members. Inside a quotation they must fill it; unquoted they are
 * words of two characters and what precedes them is a lead-in verb (实行), so that a plain phrase is
 * not cut into pieces.
 */
export function juxtaposedItems(text: string, paragraph: number, from: number, to: number, n: number | null, quoted: boolean): Item[] | null {
  if (n === null || n < FEWEST) return null;
  const run = text.slice(from, to);
  if (!/^\p{Script=Han}+$/u.test(run)) return null;
  for (const size of MEMBER_LENGTHS) {
    const start = to - n * size;
    if (start < from || (!quoted && size < 2) || FUNCTION_CHARS.test(text.slice(start, to))) continue;
    const rest = text.slice(from, start);
    if (quoted ? rest !== '' : !LIST_LEAD_IN_VERBS.some((w) => rest.endsWith(w) && rest.length - w.length <= 2)) continue;
    const items: Item[] = Array.from({ length: n }, (_, k) => makeItem(text, paragraph, start + k * size, start + (k + 1) * size));
    if (new Set(items.map((it) => it.text)).size === n) return items;
  }
  return null;
}
