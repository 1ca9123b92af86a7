import type { Metadata } from '../model.js';

/**
 * Where metadata is read from removed furniture lines (never from the speech). Entries are tried in
 * order and the first match of a field wins, so the more precise label comes first (供稿单位 before
 * 发布者). Group 1 of the pattern is the value.
 */
export interface MetadataField {
  readonly field: Exclude<keyof Metadata, 'title'>;
  readonly pattern: RegExp;
  readonly example: string;
  readonly seenIn: string;
}

const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
const VALUE = String.raw`([^\s()（）【】|｜]+)`;

export const METADATA_FIELDS: readonly MetadataField[] = [
  { field: 'date', pattern: new RegExp(String.raw`(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*(${DATE})`),
    example: '发布者:办公室 发布时间:2021-09-07 09:36:19 阅读:23467次 【字体:', seenIn: 'corpus/001' },
  { field: 'date', pattern: new RegExp(`^(${DATE})`),
    example: '2013年05月28日 17:40 　 来源：深港在线　 　 【大 中 小】 【打印】【关闭】', seenIn: '深港在线新闻页' },
  { field: 'author', pattern: new RegExp(String.raw`供稿(?:单位)?\s*[:：]\s*${VALUE}`),
    example: '(供稿单位:苏州市级机关工委)', seenIn: 'corpus/001' },
  { field: 'author', pattern: new RegExp(String.raw`(?:作者|通讯员)\s*[:：]\s*${VALUE}`),
    example: '作者：张三', seenIn: '新闻网站文章页的常见样式' },
  { field: 'author', pattern: new RegExp(String.raw`发布(?:者|人|单位|机构)\s*[:：]\s*${VALUE}`),
    example: '发布者:办公室 发布时间:2021-09-07 09:36:19 阅读:23467次 【字体:', seenIn: 'corpus/001' },
  { field: 'source', pattern: new RegExp(String.raw`(?:信息|文章|稿件)?来源\s*[:：]\s*${VALUE}`),
    example: '2013年05月28日 17:40 　 来源：深港在线　 　 【大 中 小】 【打印】【关闭】', seenIn: '深港在线新闻页' },
];

/** Reads metadata fields from the given furniture lines. */
export function extractMetadata(lines: readonly string[]): Omit<Metadata, 'title'> {
  const found: { -readonly [K in MetadataField['field']]?: string } = {};
  for (const { field, pattern } of METADATA_FIELDS) {
    if (found[field] !== undefined) continue;
    for (const line of lines) {
      const value = pattern.exec(line)?.[1]?.trim();
      if (value) {
        found[field] = value;
        break;
      }
    }
  }
  return found;
}

/** Keys of a Markdown file's front matter (as `speechkit draft` writes it, or in Chinese) for each metadata field. */
export const FRONT_MATTER_KEYS: Readonly<Record<keyof Metadata, readonly string[]>> = {
  title: ['title', '标题'],
  date: ['date', '日期', '时间'],
  author: ['author', '作者', '单位', '供稿单位'],
  source: ['source', '来源'],
  speaker: ['speaker', '讲话人'],
  meeting: ['meeting', '会议'],
};

/** The metadata a front matter block states. */
export function metadataFromFrontMatter(fields: Readonly<Record<string, string>>): Metadata {
  const found: { -readonly [K in keyof Metadata]?: string } = {};
  for (const [field, keys] of Object.entries(FRONT_MATTER_KEYS) as [keyof Metadata, readonly string[]][]) {
    const value = keys.map((key) => fields[key]?.trim()).find((v) => v);
    if (value) found[field] = value;
  }
  return found;
}
