import { stringify } from 'yaml';
import { TemplateError } from '../errors.js';
import { announcePoints } from './announce-points.js';
import { MAX_CHINESE_NUMERAL, toChineseCount, toChineseNumeral } from './chinese-numerals.js';
import { budgetSummary, expandPrompt, htmlComment, itemHints, lengthHint, type HintedItem } from './hint-comments.js';
import { joinList } from './join-list.js';
import type { LengthBudget } from './length-budget.js';
import { formatMarker } from './marker-styles.js';

/** The part of Handlebars' helper options we use (loc and ids come with compile option trackIds). */
export interface HelperCall {
  readonly name: string;
  readonly hash: Readonly<Record<string, unknown>>;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
  /** The expressions the arguments were written as (`points`, `budget.chars.review`). */
  readonly ids?: readonly (string | null)[];
}

export interface TemplateHelper {
  readonly name: string;
  /** How it is called, for the docs and the unknown-helper message. */
  readonly usage: string;
  /** What the usage gives. */
  readonly example: string;
  readonly run: (args: readonly unknown[], call: HelperCall) => string;
}

/** Fails with the helper's name, the argument as written, and the template line. */
function argument<T>(args: readonly unknown[], i: number, call: HelperCall, expected: string, ok: (v: unknown) => boolean): T {
  const value = args[i];
  if (ok(value)) return value as T;
  const written = call.ids?.[i] ? `“${call.ids[i]}”` : `第 ${i + 1} 个`;
  const got = value === undefined ? '未定义（字段名写错了，或上下文里没有这一项）' : `是 ${JSON.stringify(value)}`;
  const where = call.loc?.start;
  throw new TemplateError(`帮助函数 ${call.name} 的参数 ${written} 应是${expected}，现在${got}`, undefined, where?.line, where && where.column + 1);
}

const isOrdinal = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_CHINESE_NUMERAL;
const isText = (v: unknown): boolean => typeof v === 'string';
const isList = (v: unknown): boolean => Array.isArray(v);
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null;
const ordinal = `1 到 ${MAX_CHINESE_NUMERAL} 的整数`;

/** Every helper a template may call (besides Handlebars' if, unless, each, with, lookup). */
export const TEMPLATE_HELPERS: readonly TemplateHelper[] = [
  { name: 'cn', usage: '{{cn 12}}', example: '十二', run: (a, c) => toChineseNumeral(argument(a, 0, c, ordinal, isOrdinal)) },
  { name: 'count', usage: '{{count 2}}', example: '两', run: (a, c) => toChineseCount(argument(a, 0, c, ordinal, isOrdinal)) },
  {
    name: 'marker',
    usage: '{{marker 2 number}} / {{marker "yi-shi" number}}',
    example: '（三） / 三是',
    run: (a, c) => {
      const style = argument<number | string>(a, 0, c, '层级 1–4 或序号样式名', (v) => isOrdinal(v) || isText(v));
      const n = argument<number>(a, 1, c, ordinal, isOrdinal);
      try {
        return formatMarker(style, n);
      } catch (error) {
        return argument(a, 0, c, `已有的序号样式（${(error as Error).message}）`, () => false);
      }
    },
  },
  {
    name: 'announce',
    usage: '{{announce points}} / {{announce points verb="谈" unit="点看法"}}',
    example: '讲四点意见 / 谈四点看法',
    run: (a, c) => {
      const points = argument<unknown[]>(a, 0, c, '要点列表', (v) => isList(v) && (v as unknown[]).length > 0);
      const verb = c.hash.verb === undefined ? undefined : String(c.hash.verb);
      const unit = c.hash.unit === undefined ? undefined : String(c.hash.unit);
      return announcePoints(points.length, { verb, unit });
    },
  },
  {
    name: 'joinList',
    usage: '{{joinList items}}',
    example: '思想、组织和作风',
    run: (a, c) => joinList(argument<unknown[]>(a, 0, c, '文字列表', (v) => isList(v) && (v as unknown[]).every(isText)) as string[]),
  },
  {
    name: 'lengthHint',
    usage: '{{lengthHint budget.chars.review "回顾成绩"}}',
    example: '<!-- 提示：回顾成绩约 430 字。 -->',
    run: (a, c) =>
      lengthHint(argument(a, 0, c, '字数', Number.isFinite), a.length > 1 ? argument(a, 1, c, '一段文字', isText) : undefined),
  },
  {
    name: 'budgetSummary',
    usage: '{{budgetSummary budget}}',
    example: '<!-- 提示：目标 20 分钟，按每分钟 180 字计，全文约 3600 字：…… -->',
    run: (a, c) => budgetSummary(argument<LengthBudget>(a, 0, c, '篇幅预算（budget）', (v) => isObject(v) && 'parts' in (v as object))),
  },
  {
    name: 'hints',
    usage: '{{hints this}}',
    example: '<!-- 提示：本部分（含各小点）约 1000 字。 --> <!-- 要点：…… -->',
    run: (a, c) => itemHints(argument<HintedItem>(a, 0, c, '一点或一个小标题', (v) => isObject(v) && 'chars' in (v as object) && 'notes' in (v as object))),
  },
  {
    name: 'expand',
    usage: '{{expand this}}',
    example: '（此处展开，约 510 字。）',
    run: (a, c) => expandPrompt(argument<HintedItem>(a, 0, c, '一点或一个小标题', (v) => isObject(v) && 'chars' in (v as object))),
  },
  {
    name: 'comment',
    usage: '{{comment "写法：先讲成绩，再讲问题"}}',
    example: '<!-- 写法：先讲成绩，再讲问题 -->',
    run: (a, c) => htmlComment(argument(a, 0, c, '一段文字', isText)),
  },
  {
    name: 'yaml',
    usage: 'speaker: {{yaml speaker}}',
    example: 'speaker: 市委常委、组织部部长 张三',
    // One line, quoted when YAML needs it (a colon, a leading symbol), for the draft's metadata block.
    run: (a, c) =>
      stringify(argument<string | number>(a, 0, c, '文字或数字', (v) => isText(v) || Number.isFinite(v)).toString().replace(/\s+/g, ' '), {
        lineWidth: 0,
      }).trimEnd(),
  },
];
