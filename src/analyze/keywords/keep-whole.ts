/**
 * Joins the segmenter's pieces of a term that must count as one word (两个 + 维护 → 两个维护, 五 +
 * 量 → 五量). Done on the cut, not by adding the terms to the segmenter's dictionary: that
 * dictionary is shared by every speech a thread analyzes, so one speech's terms would change how the
 * next is cut, and keywords would depend on the order of the files and on --jobs.
 */
export function keepWhole(words: readonly string[], terms: ReadonlySet<string>, longest: number): string[] {
  if (terms.size === 0) return [...words];
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // The longest run of pieces, starting here, that spells a term.
    let joined = '';
    let end = i;
    for (let j = i, text = ''; j < words.length && text.length < longest; j++) {
      text += words[j];
      if (terms.has(text)) {
        joined = text;
        end = j + 1;
      }
    }
    if (end > i + 1) {
      out.push(joined);
      i = end;
    } else out.push(words[i++]!);
  }
  return out;
}
