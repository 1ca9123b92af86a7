import { LineCounter, parseDocument, type Node } from 'yaml';
import { SpecError } from '../errors.js';
import type { DraftSpec } from './draft-spec.js';
import { validateSpec } from './validate-spec.js';

/**
 * Reads a spec written in YAML or JSON (JSON is YAML) into a DraftSpec. Parsing is safe: the core
 * schema only (text, numbers, lists, maps), so a tag such as !!js/function is refused, never run.
 * Every problem is a SpecError naming the field and its line in `file`.
 */
export function parseSpec(text: string, file: string): DraftSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const [syntax] = doc.errors;
  if (syntax) {
    const hint = YAML_ERROR_HINTS[syntax.code] ?? firstLine(syntax.message);
    throw new SpecError(`YAML 语法错误：${hint}`, file, lineAt(syntax.pos[0]));
  }
  const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagWarning) {
    throw new SpecError(
      `不支持的 YAML 标签（${firstLine(tagWarning.message).replace(/^Unresolved tag: /, '')}）：规格文件只能写文字、数字、列表和键值`,
      file,
      lineAt(tagWarning.pos[0]),
    );
  }
  return validateSpec(doc.contents, {
    lineOf: (node: Node | null | undefined) => (node?.range ? lineAt(node.range[0]) : 1),
    fail: (message, line) => {
      throw new SpecError(message, file, line);
    },
  });
}

/** The yaml package's error codes that a hand-written spec meets, said in Chinese. */
const YAML_ERROR_HINTS: Readonly<Partial<Record<string, string>>> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进没有对齐（同一层的字段要从同一列开始）',
  MISSING_CHAR: '缺少配对的符号（] } 或引号）',
  TAB_AS_INDENT: '用了 Tab 缩进，请改用空格',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或一行文字被断开了（含冒号的文字请加引号）',
  BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号',
  UNEXPECTED_TOKEN: '此处有多余的符号',
};

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
