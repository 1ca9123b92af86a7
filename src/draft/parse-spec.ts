import { LineCounter, parseDocument, type Node } from 'yaml';
import { SpecError } from '../errors.js';
import type { DraftSpec } from './draft-spec.js';
import { validateSpec } from './validate-spec.js';
import { describeYamlError, firstLine } from './yaml-errors.js';

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
    throw new SpecError(`YAML 语法错误：${describeYamlError(syntax)}`, file, lineAt(syntax.pos[0]));
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
