/** Members a strategy found, and where a term stands; shared by the member strategies. */
import { itemsShareMorpheme } from '../../coin.js';
import type { MemberStrategy } from '../types.js';
import type { Item } from './list-items.js';

export interface FoundMembers {
  readonly strategy: MemberStrategy;
  readonly items: readonly Item[];
}

/** Where a term stands in its paragraph (value offsets, quotes excluded). */
export interface TermAt {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** How far from the term a list is looked for: lists are short, and a paragraph may be a whole file. */
export const LIST_REACH = 400;

export const OPEN_QUOTE = /[“"「『]/;
export const CLOSE_QUOTE = /[”"」』]/;

/** A list is accepted when it has n items, or when its items share the term's morpheme. */
export function acceptList(items: readonly Item[], n: number | null, morphemes: readonly string[]): boolean {
  if (items.length < 2) return false;
  if (n !== null && items.length === n) return true;
  return morphemes.some((m) => itemsShareMorpheme(items.map((it) => it.text), m));
}
