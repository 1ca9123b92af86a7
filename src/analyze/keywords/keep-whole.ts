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
}

export function wholeTerms(terms: readonly string[]): WholeTerms {
  const prefixes = new Set<string>();
  for (const term of terms) for (let i = 1; i < term.length; i++) prefixes.add(term.slice(0, i));
  return { terms: new Set(terms), prefixes };
}

export function keepWhole(words: readonly string[], { terms, prefixes }: WholeTerms): readonly string[] {
  if (terms.size === 0) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // The longest run of pieces, starting here, that spells a term.
    let end = i + 1;
    let text = words[i]!;
    for (let j = i + 1; j < words.length && prefixes.has(text); j++) {
      text += words[j];
      if (terms.has(text)) end = j + 1;
    }
    out.push(end > i + 1 ? words.slice(i, end).join('') : words[i]!);
    i = end;
  }
  return out;
}
