/**
 * Members listed right before the term: 教育、监督、制度三位一体; “A、…、E”这篇“五量”;
 * “A、B，C、D…”行动，即“两在两同”建新功行动.
 */
import { itemsShareMorpheme } from '../../coin.js';
import { acceptList, CLOSE_QUOTE, LIST_REACH, OPEN_QUOTE, type FoundMembers, type TermAt } from './found-members.js';
import { fitItems, splitItems, type Item } from './list-items.js';
import { LIST_TO_TERM_LINKS, LIST_TO_TERM_WORDS } from './list-words.js';

const CLAUSE_END = /[。；：！？]/;
/** Links that name a list (即, 简称): the list may sit in a quotation a few characters back. */
const NAMING_LINKS = new Set(LIST_TO_TERM_LINKS.find((g) => g.words.includes('即'))?.words ?? []);

function quotedListBefore(text: string, quoteEnd: number): [number, number] | null {
  for (let i = quoteEnd - 1; i >= Math.max(0, quoteEnd - LIST_REACH); i--) {
    if (CLOSE_QUOTE.test(text[i]!) && text[i] !== '"') return null;
    if (OPEN_QUOTE.test(text[i]!)) return [i + 1, quoteEnd];
  }
  return null;
}

/** Drops a last item that the words after the term repeat: …在现代化新征程上建新功”行动，即“两在两同”建新功行动. */
function dropContinuation(items: Item[], after: string): void {
  const last = items[items.length - 1];
  if (!last) return;
  for (let k = Math.min(last.text.length, 6); k >= 2; k--) {
    if (after.startsWith(last.text.slice(-k))) {
      items.pop();
      return;
    }
  }
}

export function membersBefore(text: string, at: TermAt, n: number | null, morphemes: readonly string[]): FoundMembers | null {
  // A term opening a longer quotation (省委、省政府“两个文明建设一起抓”) heads a slogan: what precedes is not its list.
  if (OPEN_QUOTE.test(text[at.start - 1] ?? '') && !CLOSE_QUOTE.test(text[at.end] ?? '')) return null;
  let cut = at.start;
  if (cut > 0 && OPEN_QUOTE.test(text[cut - 1]!)) cut--;
  let named = false;
  let linked = false;
  for (let changed = true; changed; ) {
    changed = false;
    const word = LIST_TO_TERM_WORDS.find((w) => text.endsWith(w, cut));
    if (word) {
      cut -= word.length;
      linked = true;
      named ||= NAMING_LINKS.has(word);
      changed = true;
    } else if (named && text[cut - 1] === '，') {
      cut--;
      changed = true;
    }
  }
  let items: Item[];
  let quoteEnd = CLOSE_QUOTE.test(text[cut - 1] ?? '') ? cut - 1 : -1;
  if (quoteEnd < 0 && named) {
    const back = text.slice(Math.max(0, cut - 6), cut);
    const k = Math.max(back.lastIndexOf('”'), back.lastIndexOf('"'));
    if (k >= 0 && /^\p{Script=Han}+$/u.test(back.slice(k + 1))) quoteEnd = cut - back.length + k;
  }
  const quoted = quoteEnd >= 0 ? quotedListBefore(text, quoteEnd) : null;
  if (quoted) {
    items = splitItems(text, at.paragraph, quoted[0], quoted[1], /[、，；]/);
    let after = at.end;
    while (CLOSE_QUOTE.test(text[after] ?? '')) after++;
    if (n !== null && items.length > n) dropContinuation(items, text.slice(after, after + 8));
  } else {
    let clauseStart = cut;
    const limit = Math.max(0, cut - LIST_REACH);
    while (clauseStart > limit && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
    const chunks = splitItems(text, at.paragraph, clauseStart, cut, /，/);
    items = [];
    for (let c = chunks.length - 1; c >= 0; c--) {
      const chunk = chunks[c]!;
      if (!chunk.text.includes('、') && !(c === chunks.length - 1 && n === 2)) break;
      items = [...splitItems(text, at.paragraph, chunk.start, chunk.end, /、/), ...items];
      if (n !== null && items.length >= n) break;
    }
  }
  const fitted = fitItems(items, n, { endsAtTerm: !quoted });
  // Two bare clauses before a term are as often its modifier as its members (以国内大循环为主体、国内国际双循环):
  // a pair needs a link (等, 这, 即), quotation marks or a shared morpheme.
  const tied = linked || quoted !== null || morphemes.some((m) => itemsShareMorpheme(fitted.map((it) => it.text), m));
  if (fitted.length === 2 && !tied) return null;
  return acceptList(fitted, n, morphemes) ? { strategy: 'list-before', items: fitted } : null;
}

