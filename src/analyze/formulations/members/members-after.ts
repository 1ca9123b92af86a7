/**
 * Members listed right after the term: “三严三实”：严以修身、…; “三定”方案（定职能、…）;
 * “八个增长”：A，…；B，…; “破三铁”运动，即“打破…，打破…，打破…”.
 */
import { charClass } from '../../../text/char-class.js';
import { acceptList, CLOSE_QUOTE, LIST_REACH, type FoundMembers, type TermAt } from './found-members.js';
import { ENUMERATION_FAMILIES } from './enumeration-markers.js';
import { fitItems } from './fit-items.js';
import { sliceItem, splitItems, type Item } from './list-items.js';
import { TERM_TO_LIST_WORDS } from './list-words.js';

const isListEnd = charClass(/[。；！？]/);

/** An item without the ordinal that opens it: 一是确保江苏考生本科录取率进一步提高 → 确保…. */
function withoutMarker(item: Item): Item {
  for (const family of ENUMERATION_FAMILIES) {
    family.pattern.lastIndex = 0;
    const m = family.pattern.exec(item.text);
    if (m && m[0].length < item.text.length) return sliceItem(item, m[0].length);
  }
  return item;
}

export function membersAfter(text: string, at: TermAt, n: number | null, morphemes: readonly string[]): FoundMembers | null {
  let i = at.end;
  while (CLOSE_QUOTE.test(text[i] ?? '')) i++;
  let items: Item[] = [];
  const ahead = (from: number): string => text.slice(from, from + LIST_REACH);
  // A parenthesis right after the term, or after a short noun: “三定”方案（定职能、定机构、定编制）.
  const beforeParen = /^\p{Script=Han}{0,4}(?=[（(])/u.exec(ahead(i));
  if (beforeParen) i += beforeParen[0].length;
  if (text[i] === '（' || text[i] === '(') {
    const close = ahead(i).search(/[）)]/);
    if (close < 0) return null;
    items = splitItems(text, at.paragraph, i + 1, i + close, /[、，；]/);
  } else {
    const from = i;
    // A short noun may stand between the term and the link: “三亮三比三评”活动，即亮身份、…
    const noun = /^\p{Script=Han}{1,4}(?=，?(?:即|也就是|：))/u.exec(ahead(i));
    if (noun) i += noun[0].length;
    if (text[i] === '，') i++;
    const word = TERM_TO_LIST_WORDS.find((w) => text.startsWith(w, i));
    if (word) i += word.length;
    if (text[i] === '：') i++;
    if (!word && text[i - 1] !== '：') return null;
    if (i === from) return null;
    // Items may each take a clause of their own, separated by ；: “八个增长”：国内生产总值19.5亿元，增长15.6%；…
    const sentenceEnd = ahead(i).search(/[。！？]/);
    const own = splitItems(text, at.paragraph, i, sentenceEnd < 0 ? Math.min(text.length, i + LIST_REACH) : i + sentenceEnd, /；/);
    if (n !== null && n >= 2 && own.length === n) {
      const firstClauses = own.map((it) => splitItems(text, at.paragraph, it.start, it.end, /，/)[0]!);
      return { strategy: 'list-after', items: firstClauses.map(withoutMarker) };
    }
    let end = i;
    while (end < Math.min(text.length, i + LIST_REACH) && !isListEnd(text.charCodeAt(end))) end++;
    const chunks = splitItems(text, at.paragraph, i, end, /，/);
    if (chunks[0]?.text.includes('、')) {
      for (const chunk of chunks) {
        if (!chunk.text.includes('、')) break;
        items.push(...splitItems(text, at.paragraph, chunk.start, chunk.end, /、/));
        if (n !== null && items.length >= n) break;
      }
    } else if (chunks.length === n) {
      items = chunks; // 即坚决维护…，坚决维护…: one member per clause, when the sentence has exactly n clauses
    }
  }
  const fitted = fitItems(items.map(withoutMarker), n);
  return acceptList(fitted, n, morphemes) ? { strategy: 'list-after', items: fitted } : null;
}
