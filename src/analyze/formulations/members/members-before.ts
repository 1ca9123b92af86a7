/**
 * Members listed right before the term: 教育、监督、制度三位一体; “A、…、E”这篇“五量”;
 * “A、B，C、D…”行动，即“两在两同”建新功行动; A与B实现双提升; “牛羊菜果薯药粮种”八大产业集群.
 */
import { charClass } from '../../../text/char-class.js';
import { itemsShareMorpheme } from '../../coin.js';
import { SET_CLASSIFIER } from '../formulation-heads.js';
import { acceptList, CLOSE_QUOTE, LIST_REACH, OPEN_QUOTE, type FoundMembers, type TermAt } from './found-members.js';
import { juxtaposedItems } from './juxtaposed-members.js';
import { fitItems } from './fit-items.js';
import { splitItems, type Item } from './list-items.js';
import { LAST_ITEM_CONJUNCTIONS, LIST_TO_TERM_LINKS, LIST_TO_TERM_PREDICATES, LIST_TO_TERM_WORDS } from './list-words.js';

const isClauseEnd = charClass(/[。；：！？]/);
const isOpenQuote = charClass(OPEN_QUOTE);
const isCloseQuote = charClass(CLOSE_QUOTE);
/** Links that name a list (即, 简称): the list may sit in a quotation a few characters back. */
const NAMING_LINKS = new Set(LIST_TO_TERM_LINKS.find((g) => g.words.includes('即'))?.words ?? []);
/** Inside a quotation items are separated by 、 ， ； or joined by + (“政策+活动”双轮驱动). */
const QUOTED_SEPARATORS = /[、，；+＋]/;

function quotedListBefore(text: string, quoteEnd: number): [number, number] | null {
  for (let i = quoteEnd - 1; i >= Math.max(0, quoteEnd - LIST_REACH); i--) {
    const code = text.charCodeAt(i);
    if (isCloseQuote(code) && text[i] !== '"') return null;
    if (isOpenQuote(code)) return [i + 1, quoteEnd];
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

/**
 * Where the list ends: before the links (等, 这篇, 即) and a predicate (实现, 连续9年) between it and
 * the term. `ownClause`: a predicate took a comma (A、B，首次实现“双过万”), so the list is a clause of its own.
 */
function listEnd(text: string, start: number): { cut: number; linked: boolean; named: boolean; ownClause: boolean } {
  let cut = start;
  if (cut > 0 && OPEN_QUOTE.test(text[cut - 1]!)) cut--;
  let named = false;
  let linked = false;
  let ownClause = false;
  for (let changed = true; changed; ) {
    changed = false;
    const word = LIST_TO_TERM_WORDS.find((w) => text.endsWith(w, cut));
    const predicate = word ? null : LIST_TO_TERM_PREDICATES.map((p) => p.pattern.exec(text.slice(Math.max(0, cut - 8), cut))).find(Boolean);
    if (word || predicate) {
      cut -= word ? word.length : predicate![0].length;
      ownClause ||= predicate?.[0].startsWith('，') ?? false;
      linked = true;
      named ||= word !== undefined && NAMING_LINKS.has(word);
      changed = true;
    } else if (named && text[cut - 1] === '，') {
      cut--;
      changed = true;
    }
  }
  return { cut, linked, named, ownClause };
}

/**
 * The items of the clause that ends at `cut`: its last 、-chunks, or a pair joined by 和/与 (A与B实现双提升)
 * unless the clause stands on its own (A和B，实现… is a sentence, not a pair named by the term).
 */
function clauseItems(text: string, paragraph: number, cut: number, termStart: number, n: number | null, ownClause: boolean): { items: Item[]; conjoined: boolean } {
  let clauseStart = cut;
  const limit = Math.max(0, cut - LIST_REACH);
  while (clauseStart > limit && !isClauseEnd(text.charCodeAt(clauseStart - 1))) clauseStart--;
  const chunks = splitItems(text, paragraph, clauseStart, cut, /，/);
  const last = chunks[chunks.length - 1];
  if (n === 2 && last && !last.text.includes('、')) {
    if (ownClause) return { items: [], conjoined: false };
    const pair = fitItems([last], 2, { endsAtTerm: true });
    const conjoined = pair.length === 2 && LAST_ITEM_CONJUNCTIONS.words.some((w) => last.text.includes(w));
    return { items: conjoined ? pair : [last], conjoined };
  }
  let items: Item[] = [];
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c]!;
    if (!chunk.text.includes('、')) {
      // Juxtaposed words close up to an unquoted term only (实行教学科研生产三结合; not 贯彻落实“四个全面”).
      const side = c === chunks.length - 1 && cut === termStart ? juxtaposedItems(text, paragraph, chunk.start, chunk.end, n, false) : null;
      if (side) return { items: side, conjoined: false };
      break;
    }
    items = [...splitItems(text, paragraph, chunk.start, chunk.end, /、/), ...items];
    if (n !== null && items.length >= n) break;
  }
  return { items: fitItems(items, n, { endsAtTerm: true }), conjoined: false };
}

/** Items that end in one word of two characters are parallel (承载能力、吸纳能力); a shared lead is often only a verb (坚决). */
const parallel = (items: readonly Item[]): boolean => items[0]!.text.length > 2 && items[0]!.text.slice(-2) === items[1]!.text.slice(-2);

export function membersBefore(text: string, at: TermAt, n: number | null, morphemes: readonly string[]): FoundMembers | null {
  // A term opening a longer quotation (省委、省政府“两个文明建设一起抓”) heads a slogan: what precedes is not its list.
  if (OPEN_QUOTE.test(text[at.start - 1] ?? '') && !CLOSE_QUOTE.test(text[at.end] ?? '')) return null;
  // An item of a list (三星堆、大熊猫、都江堰、三苏祠) does not sum up the items before it.
  if (text[at.start - 1] === '、') return null;
  const { cut, linked, named, ownClause } = listEnd(text, at.start);
  let quoteEnd = CLOSE_QUOTE.test(text[cut - 1] ?? '') ? cut - 1 : -1;
  if (quoteEnd < 0 && named) {
    const back = text.slice(Math.max(0, cut - 6), cut);
    const k = Math.max(back.lastIndexOf('”'), back.lastIndexOf('"'));
    if (k >= 0 && /^\p{Script=Han}+$/u.test(back.slice(k + 1))) quoteEnd = cut - back.length + k;
  }
  const quoted = quoteEnd >= 0 ? quotedListBefore(text, quoteEnd) : null;
  let fitted: Item[];
  let conjoined = false;
  if (quoted) {
    const items = splitItems(text, at.paragraph, quoted[0], quoted[1], QUOTED_SEPARATORS);
    let after = at.end;
    while (CLOSE_QUOTE.test(text[after] ?? '')) after++;
    if (n !== null && items.length > n) dropContinuation(items, text.slice(after, after + 8));
    fitted = items.length === 1 ? (juxtaposedItems(text, at.paragraph, quoted[0], quoted[1], n, true) ?? items) : fitItems(items, n);
  } else {
    ({ items: fitted, conjoined } = clauseItems(text, at.paragraph, cut, at.start, n, ownClause));
  }
  // Two bare clauses before a term are as often its modifier as its members (以国内大循环为主体、国内国际双循环):
  // a pair needs a link (等, 这, 即, 实现), quotation marks, a conjunction, parallel wording, the term's
  // morpheme, or the classifier of sets (提高领导水平和执政水平、增强拒腐防变和抵御风险能力两大历史性课题);
  // 个 is not enough (坚决拥护“两个确立”、坚决做到“两个维护”: two commitments, not the members of the second).
  if (fitted.length === 2) {
    const counted = classifierOf(text, at) === SET_CLASSIFIER;
    const tied = linked || quoted !== null || conjoined || counted || parallel(fitted) || morphemes.some((m) => itemsShareMorpheme(fitted.map((it) => it.text), m));
    if (!tied) return null;
  }
  return acceptList(fitted, n, morphemes) ? { strategy: 'list-before', items: fitted } : null;
}

/** The classifier right after the term's numeral (两大奇迹 → 大), '' when none. */
function classifierOf(text: string, at: TermAt): string {
  const m = /^[一二两三四五六七八九十]+(.)/.exec(text.slice(at.start, at.end));
  return m?.[1] ?? '';
}
