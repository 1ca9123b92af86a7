import { isMap, isScalar, parseDocument } from 'yaml';
import type { Diagnostic } from '../model.js';

export interface FrontMatter {
  /** Scalar fields as text (title, speaker, date, meeting …); lists and maps are left out. */
  readonly fields: Readonly<Record<string, string>>;
  /** Offset where the Markdown body starts, after the closing delimiter line. */
  readonly end: number;
}

export interface FrontMatterResult {
  readonly frontMatter?: FrontMatter;
  readonly warnings: readonly Diagnostic[];
}

/** A YAML block opening the file: `---` on the first line, closed by `---` or `...` on a line of its own. */
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads the metadata block that opens a Markdown draft (`speechkit draft` writes title, speaker,
 * date and meeting there). A block that is not a YAML mapping is left in the text with a warning:
 * when unsure, keep the user's words.
 */
export function readFrontMatter(markdown: string): FrontMatterResult {
  const block = BLOCK.exec(markdown);
  if (!block) return { warnings: [] };
  // YAML 1.2 core schema: plain data, no custom tags, aliases capped by the library.
  const document = parseDocument(block[1] ?? '', { schema: 'core' });
  const contentStart = markdown.indexOf('\n') + 1;
  const error = document.errors[0];
  if (error) {
    const span = { start: contentStart + error.pos[0], end: contentStart + error.pos[1] };
    const message = '开头的元数据块（--- 之间）不是有效的 YAML，已按正文保留；请检查这一行的冒号和缩进';
    return { warnings: [{ ruleId: 'read/front-matter', severity: 'warning', message, span }] };
  }
  if (document.contents !== null && !isMap(document.contents)) {
    const message = '开头的元数据块（--- 之间）不是“键: 值”形式，已按正文保留';
    return { warnings: [{ ruleId: 'read/front-matter', severity: 'warning', message, span: { start: 0, end: 3 } }] };
  }
  const fields: Record<string, string> = {};
  for (const pair of document.contents?.items ?? []) {
    if (isScalar(pair.key) && isScalar(pair.value) && pair.value.value !== null) {
      fields[String(pair.key.value)] = String(pair.value.value);
    }
  }
  return { frontMatter: { fields, end: block[0].length }, warnings: [] };
}
