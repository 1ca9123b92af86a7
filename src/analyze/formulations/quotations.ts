/**
 * The quotations of a paragraph, which mark where a term starts and ends: whole quotations
 * (“四个融合”), single ones nested in double ones (‘五彩嘉兴’), and the pieces of a quoted list
 * (“四化同步、城乡融合、五区共兴”), each of which may be a term of its own.
 */
import { charClass } from '../../text/char-class.js';

/** A quotation or a piece of one, by the offsets of its content. */
export interface Quote {
  readonly start: number;
  readonly end: number;
  /** One item of a quoted list, between 、 or ， and the next one (or the quotation's ends). */
  readonly piece: boolean;
}

/** What the quotations say about position i. */
export interface QuoteSpot {
  /** The innermost quotation or piece holding i. */
  readonly inside?: Quote;
  /** Ends of the quotations and pieces that start at i, longest first. */
  readonly ends: readonly number[];
}

const QUOTATION = /[“"「『]([^“”"「」『』\n]{1,40})[”"」』]/g;
/** Single quotation marks, usually nested in double ones: “建设‘五彩嘉兴’定位目标”. */
const INNER_QUOTATION = /‘([^‘’\n]{1,40})’/g;
const isPieceSeparator = charClass(/[、，]/);

/** The non-empty pieces between separators of a quotation that has a separator; none for one without. */
function piecesOf(text: string, quote: Quote): Quote[] {
  const pieces: Quote[] = [];
  let separated = false;
  let start = quote.start;
  for (let i = quote.start; i < quote.end; i++) {
    if (!isPieceSeparator(text.charCodeAt(i))) continue;
    separated = true;
    if (i > start) pieces.push({ start, end: i, piece: true });
    start = i + 1;
  }
  if (separated && quote.end > start) pieces.push({ start, end: quote.end, piece: true });
  return pieces;
}

/** The quotations of a paragraph and their pieces, by start (the longer first at one start). */
export function quotationsOf(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const pattern of [QUOTATION, INNER_QUOTATION]) {
    // exec with lastIndex, not matchAll: matchAll copies the regex on every paragraph.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const quote = { start: m.index + 1, end: m.index + m[0].length - 1, piece: false };
      quotes.push(quote, ...piecesOf(text, quote));
    }
  }
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Walks the quotations of a paragraph for positions asked in increasing order, so that a paragraph
 * is read once however many numerals it holds.
 */
export function quoteWalker(quotes: readonly Quote[]): (i: number) => QuoteSpot {
  let next = 0;
  const open: Quote[] = [];
  return (i) => {
    while (next < quotes.length && quotes[next]!.start <= i) open.push(quotes[next++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= i) open.splice(k, 1);
    const ends = open.filter((q) => q.start === i).map((q) => q.end);
    // The open one that starts last is the innermost (sorted by start, the shorter last at one start).
    return { inside: open[open.length - 1], ends };
  };
}
