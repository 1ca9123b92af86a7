/** Character classes of Chinese text, shared by the cleaning and normalizing passes. */

/** A Han character (简体 or 繁體). */
export const HAN = /\p{Script=Han}/u;

/** Full-width punctuation and symbols that only occur in Chinese text: ，。、；：？！“”‘’（）《》【】…— and the like. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/u;

/** Han or full-width punctuation: a neighbour that puts a mark "in Chinese text". */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && (HAN.test(char) || CJK_PUNCTUATION.test(char));
}

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** Spaces that may sit inside a line: ASCII space, tab, NBSP, full-width space and the other Unicode spaces. */
export const INLINE_SPACE = /[^\S\n]/u;

/** Ends a sentence (full- or half-width); a line holding one is running text, not furniture. */
export const SENTENCE_END = /[。！？；]|[!?;](?=\s|$|\p{Script=Han})|(?<=\p{Script=Han})\.(?!\d)/u;

/** Nearest character before `index` on the same line that is not an inline space. */
export function previousVisible(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return undefined;
    if (!INLINE_SPACE.test(c)) return c;
  }
  return undefined;
}

/** Nearest character after `index` on the same line that is not an inline space. */
export function nextVisible(text: string, index: number): string | undefined {
  for (let i = index + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return undefined;
    if (!INLINE_SPACE.test(c)) return c;
  }
  return undefined;
}
