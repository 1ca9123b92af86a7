/** Character classes of Chinese text, shared by the cleaning and normalizing passes. */
import { isSpace } from '../text/is-space.js';
import { isHanCodePoint } from '../text/han.js';

/**
 * Full-width punctuation and symbols that only occur in Chinese text: ，。、；：？！“”‘’（）《》【】…— and
 * the like (U+3000–303F, U+FF01–FF0F, FF1A–FF20, FF3B–FF40, FF5B–FF65, “”‘’…—·).
 */
function isCjkPunctuation(code: number): boolean {
  if (code >= 0x3000 && code <= 0x303f) return true;
  if (code >= 0xff01) return code <= 0xff0f || (code >= 0xff1a && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff65);
  return code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2026 || code === 0x2014 || code === 0xb7;
}

/**
 * Han or full-width punctuation: a neighbour that puts a mark "in Chinese text". Tested by code
 * point (these run for every half-width mark and gap of a file): one character, or undefined.
 */
export function isCjk(char: string | undefined): boolean {
  if (char === undefined || char.length === 0) return false;
  const code = char.codePointAt(0)!;
  return isHanCodePoint(code) || isCjkPunctuation(code);
}

/** A Han character (简体 or 繁體), as \p{Script=Han} says. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && isHanCodePoint(char.codePointAt(0)!);
}

/** Spaces that may sit inside a line (\s but the line feed): ASCII space, tab, NBSP, full-width space and the other Unicode spaces. */
const isInlineSpace = (code: number): boolean => code !== 0x0a && isSpace(code);

/** Ends a sentence (full- or half-width); a line holding one is running text, not furniture. */
export const SENTENCE_END = /[。！？；]|[!?;](?=\s|$|\p{Script=Han})|(?<=\p{Script=Han})\.(?!\d)/u;

/** Nearest character before `index` on the same line that is not an inline space. */
export function previousVisible(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return undefined;
    if (!isInlineSpace(c)) return text[i];
  }
  return undefined;
}

/** Nearest character after `index` on the same line that is not an inline space. */
export function nextVisible(text: string, index: number): string | undefined {
  for (let i = index + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return undefined;
    if (!isInlineSpace(c)) return text[i];
  }
  return undefined;
}
