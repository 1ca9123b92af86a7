import { countHan } from '../../text/han.js';
import type { ListMember } from './found-announcement.js';
import { LIST_LEAD_INS } from './list-lead-ins.js';

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
const MIN_CLAUSE_HAN = 2;
const MAX_CLAUSE_HAN = 24;

/** The members of a list ending at the end of `text`: 、-separated, or quoted (one quote or juxtaposed quotes). */
export function listBefore(text: string, count: number): ListMember[] | null {
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

/**
 * The last `count` comma clauses of `text`, which a back-reference right after them sums up:
 * “干在实处永无止境”是方法路径，“走在前列要谋新篇”是目标追求，“勇立潮头方显担当”是状态境界，这三句话.
 * null when the sentence has fewer clauses, or they are too short or too long to be items.
 */
export function clausesBefore(text: string, count: number): ListMember[] | null {
  const clauses: ListMember[] = [];
  let start = 0;
  for (const m of [...text.matchAll(/[，,]/gu), { index: text.length }]) {
    if (m.index > start) clauses.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + 1;
  }
  const last = clauses.slice(-count);
  const fits = (c: ListMember): boolean => countHan(c.text) >= MIN_CLAUSE_HAN && countHan(c.text) <= MAX_CLAUSE_HAN;
  return last.length === count && last.every(fits) ? last : null;
}
