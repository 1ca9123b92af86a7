import type { Speech } from '../../model.js';
import { countHan } from '../../text/han.js';
import { parseCount } from '../numerals.js';
import type { FoundAnnouncement, ListMember } from './found-announcement.js';
import { DISCOURSE_HEADS } from './discourse-heads.js';
import { clausesBefore, listBefore } from './list-before.js';
import { LIST_COUNT_WORDS } from './list-count-words.js';

const DISCOURSE = DISCOURSE_HEADS.map((d) => d.head);
/**
 * A count (not inside a longer number, not an ordinal 第二), its measure word when it has one, and
 * what it counts: 四个方面, 五个要素, 两个关键点, 二字, 3家5A级景区, or a quoted term such as “五量”.
 */
const COUNT_TERM = new RegExp(
  // The lookahead repeats the count's first character so the search skips to numerals before the lookbehind runs.
  `(?=[一二两三四五六七八九十0-9０-９])(?<![0-9０-９.．第])(?<count>[一二两三四五六七八九十]{1,3}|[0-9０-９]{1,3})` +
    `(?<word>${LIST_COUNT_WORDS.map((w) => w.word).join('|')})?(?<head>${DISCOURSE.join('|')}|\\p{Script=Han}{1,2})?[”"]?`,
  'gu',
);
const NUMERAL = /^[一二两三四五六七八九十百千万亿0-9０-９]/u;
const OPENING_QUOTE = /^[“"]$/u;
const HAS_DIGIT = /[0-9０-９%％]/u;
/** Three examples of nineteen (中国平煤神马、中国河南国际、中豫航空集团等19家企业) are a tally, not a list. */
const MAX_OPEN_COUNT = 10;
/** Between a list and its count: 等 / 这篇 / ，这是 and the term's opening quote (…风清气正五个方面; …”这篇“五量”). */
const BRIDGE = /(?:等|这篇|这些|这|，这是|，这就是|，即|共)?[“"]?$/u;

/**
 * Inline lists closed by a count: 思想、组织、作风、制度建设四个方面; 抓支部、抓党员，这是两个关键点;
 * 着眼“长”“常”二字; 庆阳、张掖、天水3个省级区域医疗中心; 经济快速发展和社会长期稳定两大奇迹;
 * 做好“汲取前行力量、…、汇聚先锋能量”这篇“五量”答卷; “干在实处永无止境”是方法路径，…是状态境界，这三句话.
 * A list must name as many members as its count, unless 等 leaves it open (人工智能、航空航天、先进装备
 * 等六大科技专项: three of six named). A list closed by a quoted formulation (“五量”, “三结合”, “新三样”)
 * is that formulation's definition, an announcement only when its members go on to lead sections.
 */
export function findListedCounts(speech: Speech): FoundAnnouncement[] {
  const out: FoundAnnouncement[] = [];
  for (const paragraph of speech.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const base = paragraph.offset + sentence.offsetInParagraph;
      // exec with lastIndex, not matchAll: matchAll copies the regex on every sentence.
      COUNT_TERM.lastIndex = 0;
      for (let m = COUNT_TERM.exec(sentence.value); m; m = COUNT_TERM.exec(sentence.value)) {
        const { word = '', head = '' } = m.groups!;
        if (word + head === '') continue;
        // The bridge ends with the term's opening quote exactly when the text before the count does.
        const quoted = OPENING_QUOTE.test(sentence.value[m.index - 1] ?? '');
        // Unquoted, the count must count things (3家, 两个) or parts of what is said (四方面): 三位一体,
        // 两手抓 and 两个一百年 are terms. (Tested before the count is read: most numerals fail here.)
        const counted = word !== '' || DISCOURSE.includes(head);
        if (!quoted && (!counted || NUMERAL.test(head))) continue;
        const count = parseCount(m.groups!.count!);
        if (count === null || count < 2) continue;
        const before = sentence.value.slice(0, m.index);
        const bridge = BRIDGE.exec(before)![0];
        const list = before.slice(0, before.length - bridge.length);
        // …是状态境界，这三句话: a demonstrative after a comma sums up the clauses before it.
        const backReference = bridge.startsWith('这') && /[，,]$/u.test(list);
        const members = backReference ? clausesBefore(list, count) : listBefore(list, count);
        const open = bridge.startsWith('等');
        if (!members || !isNamedList(members, before, count, open)) continue;
        const opening = /[“"]/u.test(before[members[0]!.start - 1] ?? '') ? 1 : 0;
        const quotedTerm = quoted && !DISCOURSE.includes(head);
        out.push({
          pattern: 'listed-count',
          start: base + members[0]!.start - opening,
          end: base + m.index + m[0].length,
          count,
          members: members.map((x) => ({ ...x, start: base + x.start, end: base + x.end })),
          key: `${count}${word}${head}`,
          ...(quotedTerm ? { needsSections: true } : {}),
          ...(open ? { open } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * A list of named things as long as its count — or, left open by 等, naming at least three of at
 * most ten (“A、B等14座” names examples, not a list). Members with figures are quantities (新增3000公里、
 * 突破1.1万公里); an unquoted last member of one character is a word cut by the count (长三角).
 */
function isNamedList(members: readonly ListMember[], before: string, count: number, open: boolean): boolean {
  const last = members.at(-1)!;
  const lastQuoted = /[“"]/u.test(before[last.start - 1] ?? '');
  return (
    (open ? members.length >= 3 && members.length <= count && count <= MAX_OPEN_COUNT : members.length === count) &&
    !members.some((x) => HAS_DIGIT.test(x.text)) &&
    (lastQuoted || countHan(last.text) >= 2)
  );
}
