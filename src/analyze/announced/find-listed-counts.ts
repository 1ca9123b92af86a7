import type { Speech } from '../../model.js';
import { countHan } from '../speech-text.js';
import { parseCount } from '../numerals.js';
import type { FoundAnnouncement, ListMember } from './found-announcement.js';
import { DISCOURSE_HEADS } from './discourse-heads.js';
import { LIST_LEAD_INS } from './list-lead-ins.js';

const DISCOURSE = DISCOURSE_HEADS.map((d) => d.head);
/** A count and its noun: 四个方面, 五个要素, 两个关键点, 二字, or a term such as “五量”. */
const COUNT_TERM = new RegExp(
  `(?<count>[一二两三四五六七八九十]{1,3}|[0-9０-９]{1,3})(?:个|大|项|种|条|位|类)?(?<head>${DISCOURSE.join('|')}|\\p{Script=Han}{1,2})[”"]?`,
  'gu',
);
/** Between a list and its count: 等 / 这篇 / ，这是 and the term's opening quote (…风清气正五个方面; …”这篇“五量”). */
const BRIDGE = /(?:等|这篇|这些|这|，这是|，这就是|，即|共)?[“"]?$/u;
/** Characters that end an unquoted list member. */
const MEMBER_STOP = /[、，,。；;：:！？!?“”"（）()《》\s]/u;
const MAX_MEMBER_HAN = 16;
const leadIns = (single: boolean): string =>
  LIST_LEAD_INS.filter((l) => (l.word.length === 1) === single).map((l) => l.word).join('|');
/** The first member starts after the last lead-in word (one-character ones only at its very start). */
const LEAD_IN = new RegExp(`^(?:.*(?:${leadIns(false)})|${leadIns(true)})`, 'u');
const CONJUNCTION = /和|及|以及|与/u;

/**
 * Inline lists closed by a count that matches them: 思想、组织、作风、制度建设四个方面;
 * 抓支部、抓党员，这是两个关键点; 着眼“长”“常”二字; 做好“汲取前行力量、…、汇聚先锋能量”这篇“五量”答卷.
 * Only lists whose length equals the count are taken (a list “等五个方面” naming three is an “etc.”).
 * A list closed by a term that is not a discourse noun (五量, 三结合) needs its members to lead sections.
 */
export function findListedCounts(speech: Speech): FoundAnnouncement[] {
  const out: FoundAnnouncement[] = [];
  for (const paragraph of speech.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const base = paragraph.offset + sentence.offsetInParagraph;
      for (const m of sentence.value.matchAll(COUNT_TERM)) {
        const count = parseCount(m.groups!.count!);
        if (count === null || count < 2) continue;
        const before = sentence.value.slice(0, m.index);
        const members = listBefore(before.slice(0, before.length - BRIDGE.exec(before)![0].length), count);
        if (members?.length !== count) continue;
        const head = m.groups!.head!;
        const opening = /[“"]/u.test(before[members[0]!.start - 1] ?? '') ? 1 : 0;
        out.push({
          pattern: 'listed-count',
          start: base + members[0]!.start - opening,
          end: base + m.index + m[0].length,
          count,
          members: members.map((x) => ({ ...x, start: base + x.start, end: base + x.end })),
          key: `${count}${head}`,
          ...(DISCOURSE.includes(head) ? {} : { needsSections: true }),
        });
      }
    }
  }
  return out;
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
  if (items.length >= 2 && items.length + 1 === count) splitLastOnConjunction(items);
  return items.every((i) => i.text !== '' && countHan(i.text) <= MAX_MEMBER_HAN) ? items : null;
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

/** 思想建设、组织建设和作风建设三个方面: the last member holds two. */
function splitLastOnConjunction(items: ListMember[]): void {
  const last = items.at(-1)!;
  const m = CONJUNCTION.exec(last.text);
  if (!m || m.index === 0) return;
  items.splice(-1, 1,
    { text: last.text.slice(0, m.index), start: last.start, end: last.start + m.index },
    { text: last.text.slice(m.index + m[0].length), start: last.start + m.index + m[0].length, end: last.end },
  );
}
