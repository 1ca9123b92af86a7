/**
 * Decides which candidates are formulations and collects every use of each. Quoted, compound,
 * formula, 双- and head-pattern candidates carry their own evidence; an unquoted plain candidate is
 * promoted by the lexicon, by a numbered neighbour in the same list (两不误、两促进), by being used
 * again with the same head (两新组织 ×3, 四全 ×2), or by a list of exactly n members beside it
 * (组织覆盖、…、保障有力等五个要素).
 */
import { charClass } from '../../text/char-class.js';
import { exclusionOf } from './classify-term.js';
import { shortened, type Candidate } from './candidate.js';
import { lexiconTermAt } from './lexicon.js';
import type { TermAt } from './members/found-members.js';
import { membersAfter } from './members/members-after.js';
import { membersBefore } from './members/members-before.js';
import { numeralWordAt } from './numeral-words.js';
import { PLACE_ENDINGS } from './quantity-units.js';
import { parseTermExact } from './parse-term.js';
import type { ParsedTerm } from './parsed-term.js';
import type { FindingEvidence } from './types.js';

export interface TermUse extends TermAt {
  readonly quoted: boolean;
}

export interface FoundTerm {
  readonly term: ParsedTerm;
  readonly evidence: readonly FindingEvidence[];
  readonly uses: readonly TermUse[];
}

/** An unquoted term without other evidence is named with this many head characters. */
const DEFAULT_HEAD = 2;
const INSIDE_NUMBER = /[零〇一二两三四五六七八九十百千万双0-9０-９A-Za-z+＋第每这那哪某几其]/;

function commonPrefix(words: readonly string[]): string {
  let end = 0;
  while (words.every((w) => end < w.length && w[end] === words[0]![end])) end++;
  return words[0]!.slice(0, end);
}

class TermTable {
  readonly byText = new Map<string, { term: ParsedTerm; evidence: Set<FindingEvidence> }>();
  add(term: ParsedTerm, evidence: Iterable<FindingEvidence>): void {
    const entry = this.byText.get(term.text) ?? { term, evidence: new Set<FindingEvidence>() };
    for (const e of evidence) entry.evidence.add(e);
    this.byText.set(term.text, entry);
  }
  coveredAt(text: string, at: number): boolean {
    for (const key of this.byText.keys()) if (text.startsWith(key, at)) return true;
    return false;
  }
}

const shortTerm = (c: Candidate, headLength: number): ParsedTerm => shortened(c.term, c.term.parts[0]!.head.slice(0, headLength));

/** Another numbered formulation one clause away in the same sentence: 做到两不误、两促进; 增强四个意识、坚定四个自信. */
function listedWith(before: Candidate | undefined, c: Candidate, after: Candidate | undefined, text: string): boolean {
  const oneClauseAway = (from: number, to: number): boolean => {
    const gap = text.slice(from, to);
    return to >= from && gap.length <= 6 && (gap.match(/[、，]/g) ?? []).length === 1 && !/[。；！？：]/.test(gap);
  };
  return (before !== undefined && oneClauseAway(before.end, c.start)) || (after !== undefined && oneClauseAway(c.end, after.start));
}

/** Appends in place: copying the list for every candidate was quadratic on a one-paragraph 50 MB file. */
function appendTo<K>(lists: Map<K, Candidate[]>, key: K, c: Candidate): void {
  const list = lists.get(key);
  if (list) list.push(c);
  else lists.set(key, [c]);
}

function promote(paragraphs: readonly string[], pending: readonly Candidate[], all: readonly Candidate[], table: TermTable): void {
  const rest: Candidate[] = [];
  // Candidates come in text order: a candidate's neighbours in the list are its neighbours in the text.
  const position = new Map(all.map((c, i) => [c, i]));
  const neighbour = (c: Candidate, step: number): Candidate | undefined => {
    const other = all[position.get(c)! + step];
    return other?.paragraph === c.paragraph ? other : undefined;
  };
  for (const c of pending) {
    const text = paragraphs[c.paragraph]!;
    if (table.coveredAt(text, c.start)) continue;
    const known = lexiconTermAt(text, c.start);
    if (known) table.add(parseTermExact(known)!, ['lexicon']);
    else if (listedWith(neighbour(c, -1), c, neighbour(c, 1), text)) table.add(shortTerm(c, DEFAULT_HEAD), ['listed']);
    else rest.push(c);
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of rest) {
    const part = c.term.parts[0]!;
    const key = part.numeral + part.classifier + part.head[0];
    appendTo(groups, key, c);
  }
  for (const group of groups.values()) {
    if (group.length >= 2) {
      const head = commonPrefix(group.map((c) => c.term.parts[0]!.head));
      const term = shortTerm(group[0]!, head.length);
      if (!exclusionOf(term)) table.add(term, ['repeated']);
      continue;
    }
    const c = group[0]!;
    const term = shortTerm(c, DEFAULT_HEAD);
    const at = { paragraph: c.paragraph, start: c.start, end: c.start + term.text.length };
    const text = paragraphs[c.paragraph]!;
    const heads = [term.parts[0]!.head];
    // 西滩、砂井子、甜水、曲子四个工业集中区: names counted, not a set spelled out.
    const named = PLACE_ENDINGS.units.some((ch) => text.slice(at.end, at.end + 4).includes(ch) || term.parts[0]!.head.includes(ch));
    const members = named ? null : (membersAfter(text, at, term.n, heads) ?? membersBefore(text, at, term.n, heads));
    if (members && members.items.length === term.n && !exclusionOf(term)) table.add(term, ['members']);
  }
}

/**
 * The paragraphs joined by line breaks, and where each starts: a term is looked for once in the
 * joined text instead of once in every paragraph (speeches have hundreds of paragraphs).
 */
interface JoinedParagraphs {
  readonly text: string;
  readonly starts: readonly number[];
}

function joinParagraphs(paragraphs: readonly string[]): JoinedParagraphs {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return { text: paragraphs.join('\n'), starts };
}

const isInsideNumber = charClass(INSIDE_NUMBER);
const ENDS_IN_DIGIT = /[0-9０-９NnXx]$/;
const isDigitOrPlus = charClass(/[0-9０-９+＋]/);
const isOpenQuote = charClass(/[“"「『]/);

/** Every use of each term, longest terms first so that 三个表率 inside 三个表率、一个模范 is not counted twice. */
function collectUses(paragraphs: readonly string[], table: TermTable): FoundTerm[] {
  const entries = [...table.byText.values()].sort((a, b) => b.term.text.length - a.term.text.length);
  const joined = joinParagraphs(paragraphs);
  // Offsets (in the joined text) already taken by a longer term: one array, not a set per paragraph.
  const claimed = new Uint8Array(joined.text.length);
  const found: FoundTerm[] = [];
  for (const { term, evidence } of entries) {
    const uses: TermUse[] = [];
    const endsInDigit = ENDS_IN_DIGIT.test(term.text);
    let paragraph = 0;
    for (let hit = joined.text.indexOf(term.text); hit >= 0; hit = joined.text.indexOf(term.text, hit + 1)) {
      while (paragraph + 1 < joined.starts.length && joined.starts[paragraph + 1]! <= hit) paragraph++;
      const text = paragraphs[paragraph]!;
      const at = hit - joined.starts[paragraph]!;
      const end = at + term.text.length;
      if (end > text.length) continue; // across a paragraph break
      if (isInsideNumber(text.charCodeAt(at - 1)) || numeralWordAt(text, at)) continue;
      if (endsInDigit && isDigitOrPlus(text.charCodeAt(end))) continue;
      let overlaps = false;
      for (let k = hit; k < hit + term.text.length && !overlaps; k++) overlaps = claimed[k] === 1;
      if (overlaps) continue;
      claimed.fill(1, hit, hit + term.text.length);
      uses.push({ paragraph, start: at, end, quoted: isOpenQuote(text.charCodeAt(at - 1)) });
    }
    if (uses.length) found.push({ term, evidence: [...evidence], uses: uses.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start) });
  }
  return found.sort((a, b) => a.uses[0]!.paragraph - b.uses[0]!.paragraph || a.uses[0]!.start - b.uses[0]!.start);
}

export function findTerms(paragraphs: readonly string[], candidates: readonly Candidate[]): FoundTerm[] {
  const table = new TermTable();
  const formulations = candidates.filter((c) => c.kind === 'formulation');
  for (const c of formulations) if (c.evidence.length) table.add(c.term, c.evidence);
  promote(paragraphs, formulations.filter((c) => c.evidence.length === 0), formulations, table);
  return collectUses(paragraphs, table);
}
