/**
 * Words in which a numeral character does not count anything: ordinary words (十分, 双方, 一线,
 * 统一) and place names (四川, 三门峡). A numeral inside one of them never starts a numbered term.
 */
export interface NumeralWordGroup {
  readonly reason: string;
  /** Names (places, history): inside a compound term a numeral that starts one begins the next part (一中心四平台). */
  readonly name?: boolean;
  readonly words: readonly string[];
  readonly example: string;
}

export const NUMERAL_WORDS: readonly NumeralWordGroup[] = [
  {
    reason: '以数字开头的普通词语',
    words: [
      '一定', '一起', '一直', '一切', '一般', '一致', '一样', '一些', '一同', '一线', '一体', '一流', '一道', '一贯',
      '一律', '一再', '一旦', '一度', '一举', '一批', '一系列', '一味', '一时', '一向', '一番', '一下', '一边', '一揽子',
      '一把手', '一站式', '一方面', '一手', '一环', '一步', '一对一', '二者', '二手', '二维码', '两者', '两岸', '两旁',
      '两边', '两头', '两极', '两性', '两用', '两端', '两侧', '两地', '两国', '两会', '两院', '三思', '四处',
      '四周', '四方', '四面', '四季', '五官', '六亲', '八方', '九州', '十分', '十足', '十佳', '百姓', '百货', '百般',
      '百倍', '百分之', '千万', '万物', '万分', '万家', '万事', '双方', '双向', '双重', '双手', '双边', '双倍', '双赢',
      '双亲', '双双', '双人', '双层', '双休日', '双语', '双职工', '双胞胎', '双打', '双眼', '双脚', '双肩', '三方', '五彩', '七彩', '万众', '千家万户', '四海', '三军', '九泉', '五花',
    ],
    example: '在配备中，我们十分注意数量要求，规定按照部门规模和机关职工人数多少确定。',
  },
  {
    reason: '以数字结尾的普通词语',
    words: [
      '统一', '唯一', '同一', '单一', '万一', '专一', '之一', '逐一', '一一', '合一', '如一', '不一', '划一', '其一',
      '进一步', '更进一步', '第一', '每一', '这一', '那一', '哪一', '某一', '任一', '再三', '不二', '无二', '无双',
      '成双', '一双', '斤两', '老三', '星期一', '百分百',
    ],
    example: '机关党组织要在党组(党委)的统一领导下，积极主动开展工作，并加强与人事、监察等部门协调沟通。',
  },
  {
    reason: '含数字的历史名称',
    name: true,
    words: ['八路军', '新四军', '二战', '三八线', '五四运动', '二万五千里'],
    example: '我们坚持在闽西南、闽赣边和闽中斗争的红军游击队，改编为新四军第二支队。',
  },
  {
    reason: '含数字的地名',
    name: true,
    words: [
      '四川', '三亚', '三明', '六安', '九江', '十堰', '七台河', '五指山', '三门峡', '三沙', '六盘水', '九龙坡', '五台山',
      '千岛湖', '百色', '八达岭', '二连浩特', '三河', '四平', '五常', '万州', '万宁', '九寨沟', '三峡', '四会', '石家庄',
      '三江源', '五大连池', '十三陵', '长三角', '珠三角', '三星堆', '九华山', '三清山', '六盘山', '四姑娘山', '万里长城',
    ],
    example: '济源机关党建网 慈溪机关党建网 青岛机关党建网 三门峡市机关党建 安阳市机关党建',
  },
];

interface IndexedWord {
  readonly word: string;
  /** The character's offset in the word. */
  readonly offset: number;
  /** The word's place in the list: of two words covering one position the earlier one wins. */
  readonly order: number;
}

/**
 * Each word under every character it contains, keyed by that character and its neighbour in the
 * word (the next one, or for a last character the one before), so that a position is compared
 * with the few words that share two characters with the text there, not with every word holding
 * its character (一 is in some eighty).
 */
export interface WordIndex {
  readonly byNext: PairMap;
  readonly byPrevious: PairMap;
  readonly single: ReadonlyMap<number, readonly IndexedWord[]>;
}

/**
 * Words by a pair of code units, as a map of maps: one number key for the pair (first × 0x10000 +
 * second) would be too large for a small integer and be boxed on every lookup.
 */
type PairMap = ReadonlyMap<number, ReadonlyMap<number, readonly IndexedWord[]>>;

function add(map: Map<number, IndexedWord[]>, key: number, entry: IndexedWord): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function addPair(map: Map<number, Map<number, IndexedWord[]>>, first: number, second: number, entry: IndexedWord): void {
  let inner = map.get(first);
  if (!inner) map.set(first, (inner = new Map()));
  add(inner, second, entry);
}

export function indexByCharacter(words: readonly string[]): WordIndex {
  const byNext = new Map<number, Map<number, IndexedWord[]>>();
  const byPrevious = new Map<number, Map<number, IndexedWord[]>>();
  const single = new Map<number, IndexedWord[]>();
  words.forEach((word, order) => {
    for (let offset = 0; offset < word.length; offset++) {
      const entry = { word, offset, order };
      const code = word.charCodeAt(offset);
      if (word.length === 1) add(single, code, entry);
      else if (offset + 1 < word.length) addPair(byNext, code, word.charCodeAt(offset + 1), entry);
      else addPair(byPrevious, word.charCodeAt(offset - 1), code, entry);
    }
  });
  return { byNext, byPrevious, single };
}

/** The earliest in list order of `candidate` and the words of `list` that cover position `at` of `text`. */
function earliestCovering(list: readonly IndexedWord[] | undefined, text: string, at: number, candidate: IndexedWord | undefined): IndexedWord | undefined {
  if (!list) return candidate;
  let best = candidate;
  for (const entry of list) {
    if ((!best || entry.order < best.order) && at >= entry.offset && text.startsWith(entry.word, at - entry.offset)) best = entry;
  }
  return best;
}

/** The first of `index`'s words (in list order) that covers position `at` of `text`. */
export function wordCovering(index: WordIndex, text: string, at: number): { word: string; start: number } | undefined {
  const code = text.charCodeAt(at);
  let best = at + 1 < text.length ? earliestCovering(index.byNext.get(code)?.get(text.charCodeAt(at + 1)), text, at, undefined) : undefined;
  if (at > 0) best = earliestCovering(index.byPrevious.get(text.charCodeAt(at - 1))?.get(code), text, at, best);
  best = earliestCovering(index.single.get(code), text, at, best);
  return best && { word: best.word, start: at - best.offset };
}

const BY_CHARACTER = indexByCharacter(NUMERAL_WORDS.flatMap((g) => g.words));
const ORDINARY_BY_CHARACTER = indexByCharacter(NUMERAL_WORDS.filter((g) => !g.name).flatMap((g) => g.words));

/** The numeral word covering position `at` of `text`, if any. */
export function numeralWordAt(text: string, at: number): string | undefined {
  return wordCovering(BY_CHARACTER, text, at)?.word;
}

/** The ordinary word (一起, 统一; not a name such as 四平) covering position `at`, if any. */
export function ordinaryNumeralWordAt(text: string, at: number): string | undefined {
  return wordCovering(ORDINARY_BY_CHARACTER, text, at)?.word;
}
