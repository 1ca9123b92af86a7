/**
 * Coined abbreviations: a numeral plus the morpheme a list's items share (汲取前行力量 … 汇聚先锋能量
 * → 五量; 全地域 全领域 全要素 全功能 → 四全; 统领融合 … 强化融合 → 四个融合; 严以修身 … 做人要实 → 三严三实).
 */

export interface SharedMorpheme {
  readonly text: string;
  /** Where every item has it. */
  readonly position: 'lead' | 'tail' | 'inner';
}

export interface CoinProposal {
  /** The proposed formulation: 五量, 四个融合, 三严三实. */
  readonly term: string;
  readonly n: number;
  /** The morpheme of each part, and where the items have it. */
  readonly morphemes: readonly SharedMorpheme[];
  /** Items in each part (one entry for a simple term). */
  readonly groups: readonly (readonly string[])[];
}

/** Characters too common to name a set (一起 → 在一起 is coined on 在, 要实 on 实). */
const GENERIC_CHARS = new Set([...'一二的之以要起于和与而也上中下了着其所为']);
const NOISE = /[\s“”"'‘’「」『』《》（）()、，,。.：:；;！!？?·…—-]/g;

const HAN_NUMBERS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number): string => HAN_NUMBERS[n] ?? String(n);

export const cleanItem = (item: string): string => item.replace(NOISE, '');

/** The longest lead all items share. */
export function commonPrefix(items: readonly string[]): string {
  let end = 0;
  while (items.every((s) => end < s.length && s[end] === items[0]![end])) end++;
  return items[0]!.slice(0, end);
}

/** The longest tail all items share. */
export function commonSuffix(items: readonly string[]): string {
  let len = 0;
  const at = (s: string, k: number): string | undefined => s[s.length - 1 - k];
  while (items.every((s) => len < s.length && at(s, len) === at(items[0]!, len))) len++;
  return len ? items[0]!.slice(-len) : '';
}

/** What every item shares: its longest common lead, tail, or else a character all of them contain. */
export function sharedMorphemes(rawItems: readonly string[]): SharedMorpheme[] {
  const items = rawItems.map(cleanItem).filter(Boolean);
  if (items.length < 2) return [];
  const out: SharedMorpheme[] = [];
  const lead = commonPrefix(items);
  const tail = commonSuffix(items);
  // An item that is all lead or all tail (全功 vs 全功能) still shares it.
  if (lead && items.every((s) => s.length > lead.length)) out.push({ text: lead, position: 'lead' });
  if (tail && items.every((s) => s.length > tail.length)) out.push({ text: tail, position: 'tail' });
  if (out.length === 0) {
    const inner = [...new Set(items[0])].filter((ch) => !GENERIC_CHARS.has(ch) && items.every((s) => s.includes(ch)));
    if (inner.length === 1) out.push({ text: inner[0]!, position: 'inner' });
  }
  return out;
}

/** The character a coinage takes from a shared morpheme: the first one that is not generic ('' if none). */
function coinChar(m: SharedMorpheme): string {
  return [...m.text].find((ch) => !GENERIC_CHARS.has(ch)) ?? '';
}

function simpleProposals(items: readonly string[]): CoinProposal[] {
  const n = items.length;
  const out: CoinProposal[] = [];
  const add = (term: string, m: SharedMorpheme): void => {
    if (!out.some((p) => p.term === term)) out.push({ term, n, morphemes: [m], groups: [items] });
  };
  // Tails name sets more often than leads (五量, 四个自信; 四全 has only a lead). A shared word at the
  // tail is named whole (四个融合); a coinage takes one character (四全, 三严) unless all are generic (一起).
  const morphemes = sharedMorphemes(items).sort((a, b) => Number(b.position === 'tail') - Number(a.position === 'tail'));
  for (const m of morphemes) {
    const char = coinChar(m);
    if (m.position === 'tail' && m.text.length >= 2) add(`${numeral(n)}个${m.text}`, m);
    if (char) add(`${numeral(n)}${char}`, m);
    if (m.position === 'lead' && m.text.length >= 2) add(`${numeral(n)}个${m.text}`, m);
  }
  return out;
}

/** Contiguous splits of the items into two or three groups that each share a morpheme (三严三实). */
function compoundProposals(items: readonly string[]): CoinProposal[] {
  const out: CoinProposal[] = [];
  const n = items.length;
  const groupMorpheme = (group: readonly string[]): SharedMorpheme | null =>
    group.length === 1 ? { text: cleanItem(group[0]!)[0] ?? '', position: 'lead' } : (sharedMorphemes(group)[0] ?? null);
  const splits: number[][] = [];
  for (let a = 1; a < n; a++) {
    splits.push([a]);
    for (let b = a + 1; b < n; b++) splits.push([a, b]);
  }
  for (const cuts of splits) {
    const bounds = [0, ...cuts, n];
    const groups = bounds.slice(0, -1).map((from, i) => items.slice(from, bounds[i + 1]));
    // A group of one item is allowed only last (两学一做: 学…、学… and 做…).
    if (groups.slice(0, -1).some((g) => g.length < 2)) continue;
    const morphemes = groups.map(groupMorpheme);
    if (morphemes.some((m) => !m || !coinChar(m))) continue;
    const term = groups.map((g, i) => numeral(g.length) + coinChar(morphemes[i]!)).join('');
    out.push({ term, n, morphemes: morphemes as SharedMorpheme[], groups });
  }
  // Fewer parts first, then groups of even size (严以… ×3, …要实 ×3).
  const unevenness = (p: CoinProposal): number => Math.max(...p.groups.map((g) => g.length)) - Math.min(...p.groups.map((g) => g.length));
  return out.sort((x, y) => x.groups.length - y.groups.length || unevenness(x) - unevenness(y));
}

/**
 * Proposes formulations for a list of items, best first: one shared morpheme if there is one,
 * else compound coinages from contiguous groups. Empty when nothing is shared.
 */
export function coin(items: readonly string[]): CoinProposal[] {
  const clean = items.map(cleanItem).filter(Boolean);
  if (clean.length < 2) return [];
  const simple = simpleProposals(clean);
  if (simple.length) return simple;
  const compounds = compoundProposals(clean);
  return compounds.filter((p) => p.groups.length === compounds[0]?.groups.length).slice(0, 3);
}

/** The items all carry `morpheme` (at the same end, or anywhere for a single character). */
export function itemsShareMorpheme(items: readonly string[], morpheme: string): boolean {
  const clean = items.map(cleanItem);
  if (clean.length < 2 || !morpheme) return false;
  return clean.every((s) => s.endsWith(morpheme)) || clean.every((s) => s.startsWith(morpheme)) || clean.every((s) => s.includes(morpheme));
}
