import type { Speech } from '../../model.js';
import { countHan } from '../speech-text.js';
import { parseCount } from '../numerals.js';
import type { FoundAnnouncement, ListMember } from './found-announcement.js';
import { DISCOURSE_HEADS } from './discourse-heads.js';
import { LIST_COUNT_WORDS } from './list-count-words.js';
import { LIST_LEAD_INS } from './list-lead-ins.js';

const DISCOURSE = DISCOURSE_HEADS.map((d) => d.head);
/**
 * A count (not inside a longer number, not an ordinal 第二), its measure word when it has one, and
 * what it counts: 四个方面, 五个要素, 两个关键点, 二字, 3家5A级景区, or a quoted term such as “五量”.
 */
const COUNT_TERM = new RegExp(
  `(?<![0-9０-９.．第])(?<count>[一二两三四五六七八九十]{1,3}|[0-9０-９]{1,3})` +
    `(?<word>${LIST_COUNT_WORDS.map((w) => w.word).join('|')})?(?<head>${DISCOURSE.join('|')}|\\p{Script=Han}{1,2})?[”"]?`,
  'gu',
);
const NUMERAL = /^[一二两三四五六七八九十百千万亿0-9０-９]/u;
const HAS_DIGIT = /[0-9０-９%％]/u;
/** Between a list and its count: 等 / 这篇 / ，这是 and the term's opening quote (…风清气正五个方面; …”这篇“五量”). */
const BRIDGE = /(?:等|这篇|这些|这|，这是|，这就是|，即|共)?[“"]?$/u;
/** Characters that end an unquoted list member. */
const MEMBER_STOP = /[、，,。；;：:！？!?“”"（）()《》\s]/u;
const MAX_MEMBER_HAN = 16;
/** The first member may carry the clause's verbs: 推动着力解决提高领导水平和执政水平、增强拒腐防变和抵御风险能力两大历史性课题. */
const MAX_FIRST_MEMBER_HAN = 24;
/** A bare numeral is a heading marker (二、以“两个维护”…), never a member. */
const NUMERAL_ONLY = /^[一二两三四五六七八九十0-9０-９]+$/u;
const leadIns = (single: boolean): string =>
  LIST_LEAD_INS.filter((l) => (l.word.length === 1) === single).map((l) => l.word).join('|');
/** The first member starts after the last lead-in word (one-character ones only at its very start). */
const LEAD_IN = new RegExp(`^(?:.*(?:${leadIns(false)})|${leadIns(true)})`, 'u');
const CONJUNCTION = /和|及|以及|与/u;

/**
 * Inline lists closed by a count: 思想、组织、作风、制度建设四个方面; 抓支部、抓党员，这是两个关键点;
 * 着眼“长”“常”二字; 庆阳、张掖、天水3个省级区域医疗中心; 经济快速发展和社会长期稳定两大奇迹;
 * 做好“汲取前行力量、…、汇聚先锋能量”这篇“五量”答卷.
 * A list must name as many members as its count, unless 等 leaves it open (人工智能、航空航天、先进装备
 * 等六大科技专项: three of six named). A list closed by a quoted formulation (“五量”, “三结合”, “新三样”)
 * is that formulation's definition, an announcement only when its members go on to lead sections.
 */
export function findListedCounts(speech: Speech): FoundAnnouncement[] {
  const out: FoundAnnouncement[] = [];
  for (const paragraph of speech.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const base = paragraph.offset + sentence.offsetInParagraph;
      for (const m of sentence.value.matchAll(COUNT_TERM)) {
        const count = parseCount(m.groups!.count!);
        const { word = '', head = '' } = m.groups!;
        if (count === null || count < 2 || word + head === '') continue;
        const before = sentence.value.slice(0, m.index);
        const bridge = BRIDGE.exec(before)![0];
        const quoted = /[“"]$/u.test(bridge);
        // Unquoted, the count must count things (3家, 两个): 三位一体, 两手抓 and 两个一百年 are terms.
        if (!quoted && (word === '' || NUMERAL.test(head))) continue;
        const members = listBefore(before.slice(0, before.length - bridge.length), count);
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
 * A list of named things as long as its count — or, left open by 等, naming at least three of them
 * (“A、B等14座” names examples, not a list). Members with figures are quantities (新增3000公里、
 * 突破1.1万公里); an unquoted last member of one character is a word cut by the count (长三角).
 */
function isNamedList(members: readonly ListMember[], before: string, count: number, open: boolean): boolean {
  const last = members.at(-1)!;
  const lastQuoted = /[“"]/u.test(before[last.start - 1] ?? '');
  return (
    (open ? members.length >= 3 && members.length <= count : members.length === count) &&
    !members.some((x) => HAS_DIGIT.test(x.text)) &&
    (lastQuoted || countHan(last.text) >= 2)
  );
}

/** The members of a list ending at the end of `text`: 、-separated, or quoted (one quote or juxtaposed quotes). */
function listBefore(text: string, count: number): ListMember[] | null {
  const items: ListMember[] = [];
  let pos = text.length;
  for (;;) {
    if (/[”"]/u.test(text[pos - 1] ?? '')) {
      const open = Math.max(text.lastIndexOf('“', pos - 2), text.lastIndexOf('"', pos - 2));
      if (open < 0) break;
      const inner = split(text, open + 1, pos - 1);
      if (inner.length >= 2 && items.length === 0) return inner;
      items.unshift({ text: text.slice(open + 1, pos - 1), start: open + 1, end: pos - 1 });
      pos = open;
      if (text[pos - 1] === '、') pos--;
      if (/[”"]/u.test(text[pos - 1] ?? '')) continue;
      break;
    }
    let start = pos;
    while (start > 0 && !MEMBER_STOP.test(text[start - 1]!)) start--;
    if (start === pos) break;
    items.unshift({ text: text.slice(start, pos), start, end: pos });
    pos = start;
    if (text[pos - 1] !== '、') break;
    pos--;
  }
  if (items.length === 0) return null;
  const first = items[0]!;
  const lead = LEAD_IN.exec(first.text);
  if (lead) items[0] = { text: first.text.slice(lead[0].length), start: first.start + lead[0].length, end: first.end };
  if (items.length + 1 === count) splitLastOnConjunction(items);
  const fits = (item: ListMember, i: number): boolean =>
    item.text !== '' &&
    countHan(item.text) <= (i === 0 ? MAX_FIRST_MEMBER_HAN : MAX_MEMBER_HAN) &&
    !NUMERAL_ONLY.test(item.text);
  return items.every(fits) ? items : null;
}

function split(text: string, start: number, end: number): ListMember[] {
  const out: ListMember[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '、') {
      out.push({ text: text.slice(from, i), start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/** 思想建设、组织建设和作风建设三个方面, 经济快速发展和社会长期稳定两大奇迹: the last member holds two. */
function splitLastOnConjunction(items: ListMember[]): void {
  const last = items.at(-1)!;
  const m = CONJUNCTION.exec(last.text);
  if (!m || countHan(last.text.slice(0, m.index)) < 2 || countHan(last.text.slice(m.index + m[0].length)) < 2) return;
  items.splice(-1, 1,
    { text: last.text.slice(0, m.index), start: last.start, end: last.start + m.index },
    { text: last.text.slice(m.index + m[0].length), start: last.start + m.index + m[0].length, end: last.end },
  );
}
