/**
 * Joins the segmenter's pieces of a term that must count as one word (两个 + 维护 → 两个维护, 五 +
 * 量 → 五量). Done on the cut, not by adding the terms to the segmenter's dictionary: that
 * dictionary is shared by every speech a thread analyzes, so one speech's terms would change how the
 * next is cut, and keywords would depend on the order of the files and on --jobs.
 */
export interface WholeTerms {
  readonly terms: ReadonlySet<string>;
  /** Every proper beginning of a term: pieces are joined only while they spell one. */
  readonly prefixes: ReadonlySet<string>;
  /** The first UTF-16 unit of every term: a piece starting otherwise begins none (one test, no hashing). */
  readonly firstUnits: ReadonlySet<number>;
}

export function wholeTerms(terms: readonly string[]): WholeTerms {
  const prefixes = new Set<string>();
  for (const term of terms) for (let i = 1; i < term.length; i++) prefixes.add(term.slice(0, i));
  return { terms: new Set(terms), prefixes, firstUnits: new Set(terms.map((term) => term.charCodeAt(0))) };
}

/** The pieces with each term's run joined; the array itself when no term is split (most paragraphs). */
export function keepWhole(words: readonly string[], { terms, prefixes, firstUnits }: WholeTerms): readonly string[] {
  if (terms.size === 0) return words;
  let out: string[] | undefined;
  for (let i = 0; i < words.length; ) {
    // The longest run of pieces, starting here, that spells a term.
    let end = i + 1;
    let text = words[i]!;
    if (firstUnits.has(text.charCodeAt(0))) {
      for (let j = i + 1; j < words.length && prefixes.has(text); j++) {
        text += words[j];
        if (terms.has(text)) end = j + 1;
      }
    }
    if (end > i + 1) (out ??= words.slice(0, i)).push(words.slice(i, end).join(''));
    else out?.push(words[i]!);
    i = end;
  }
  return out ?? words;
}
