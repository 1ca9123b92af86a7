/**
 * Ordinal markers that enumerate the items of an announced set (做到“四个融合”。一是…二是…).
 * A compact reading for member resolution; the outline has its own full table.
 */
import { charClass } from '../../../text/char-class.js';
import { numeralValue } from '../numerals.js';

export interface EnumerationFamily {
  readonly id: string;
  /** Sticky pattern read at a sentence start; group 1 is the ordinal. */
  readonly pattern: RegExp;
  /** May follow a comma or colon inside a sentence (一是 …，二是 …), not only start one. */
  readonly inline: boolean;
  readonly example: string;
}

const N = '([一二三四五六七八九十]{1,2})';

export const ENUMERATION_FAMILIES: readonly EnumerationFamily[] = [
  { id: 'yi-shi', pattern: new RegExp(`${N}是(?![，、])`, 'y'), inline: true, example: '具体来说，就是做到“四个融合”。一是聚焦“两个维护”统领融合。' },
  { id: 'yi-yao', pattern: new RegExp(`${N}要(?![，、])`, 'y'), inline: true, example: '一要实现从“常规建设”为主，向“品牌建设”为主转变。' },
  { id: 'di', pattern: new RegExp(`第${N}(?:[，、,：:]|是)`, 'y'), inline: true, example: '第一，创新机关党建工作要体现在增强机关党组织的整体功能上。' },
  { id: 'han-dun', pattern: new RegExp(`${N}[、.．](?![0-9])`, 'y'), inline: false, example: '三、改革创新、求新求变，推进机关党建高质量发展实现“三个转变”。' },
  { id: 'paren-han', pattern: new RegExp(`[（(]${N}[）)]`, 'y'), inline: false, example: '（一）坚持党对一切工作的领导。' },
  { id: 'digit', pattern: /([0-9０-９]{1,2})[、.．](?![0-9０-９])/y, inline: false, example: '1.牢牢把握实施创新驱动发展战略的要求。习近平总书记强调，坚持创新在现代化建设全局中的核心地位。' },
  { id: 'shou-xian', pattern: /(首先|其次|再次|最后)(?:是|要)?[，,]?/y, inline: true, example: '首先是抓选拔。我们要求部委厅局机关党委的成员必须是党性强，作风正。' },
];

/** Families that head whole parts of a speech: a run of another family ends at one of them. */
export const PART_FAMILIES: ReadonlySet<string> = new Set(['di', 'han-dun', 'paren-han']);

const SEQUENCE_WORDS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 最后: 99 };

export interface MarkerSite {
  readonly paragraph: number;
  /** Offset of the marker and of the item's text after it. */
  readonly offset: number;
  readonly contentStart: number;
  readonly family: string;
  /** 1-based; 99 for 最后 (it closes any run). */
  readonly ordinal: number;
  readonly atParagraphStart: boolean;
}

/** Characters a marker can begin with: a quick test before the patterns run. */
const isMarkerStart = charClass(/[一二三四五六七八九十第（(首其再最0-9０-９]/);
/** Where sentences (and, for inline families, clauses) start: after these marks. Global, for test with lastIndex. */
const BREAK = /[。！？；：，]/g;
const isSentenceBreak = charClass(/[。！？；]/);

/** Markers at sentence starts of one paragraph (and after commas or colons for inline families). */
export function markerSites(text: string, paragraph: number): MarkerSite[] {
  const sites: MarkerSite[] = [];
  const visit = (at: number, sentence: boolean): void => {
    if (!isMarkerStart(text.charCodeAt(at))) return;
    for (const family of ENUMERATION_FAMILIES) {
      if (!sentence && !family.inline) continue;
      family.pattern.lastIndex = at;
      const m = family.pattern.exec(text);
      if (!m) continue;
      const ordinal = SEQUENCE_WORDS[m[1]!] ?? numeralValue(m[1]!);
      if (ordinal === null || ordinal === 0) continue;
      sites.push({ paragraph, offset: at, contentStart: at + m[0].length, family: family.id, ordinal, atParagraphStart: at === 0 });
      break;
    }
  };
  visit(0, true);
  // test, not a loop over every code unit: the regex skips to the next mark (one code unit, at lastIndex − 1).
  BREAK.lastIndex = 0;
  while (BREAK.test(text)) visit(BREAK.lastIndex, isSentenceBreak(text.charCodeAt(BREAK.lastIndex - 1)));
  return sites;
}
