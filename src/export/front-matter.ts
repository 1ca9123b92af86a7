import { parse, YAMLParseError } from 'yaml';
import { InputError } from '../errors.js';
import type { ExportMeta } from './export-document.js';

export interface FrontMatter {
  readonly meta: ExportMeta;
  /** A `title:` field, used when the draft has no `#` title. */
  readonly title?: string;
  /** Where the Markdown after the block starts in the text (0 without a block). */
  readonly bodyStart: number;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * Reads the leading `---` YAML block of a draft (speaker, date, meeting; other fields such as
 * minutes are for `speechkit draft` and ignored here). A block that is not valid YAML is an error
 * naming the line.
 */
export function readFrontMatter(text: string, path: string): FrontMatter {
  const block = text.startsWith('---') ? BLOCK.exec(text) : null;
  if (!block || block.index !== 0) return { meta: {}, bodyStart: 0 };
  const yamlStart = text.indexOf('\n') + 1;
  let data: unknown;
  try {
    data = parse(block[1] ?? '');
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = text.slice(0, yamlStart).split('\n').length + (error.linePos?.[0].line ?? 1) - 1;
    // yaml's own "at line N, column M" counts inside the block; the error names the file line instead.
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`开头的元数据块（--- 之间）不是有效的 YAML：${reason}`, path, line);
  }
  const fields = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const field = (name: string): string | undefined => {
    const value = fields[name];
    return value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).trim();
  };
  const meta: ExportMeta = dropUndefined({ speaker: field('speaker'), date: field('date'), meeting: field('meeting') });
  const title = field('title');
  return { meta, ...(title === undefined ? {} : { title }), bodyStart: block[0].length };
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
