import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { MAX_CHINESE_NUMERAL } from './chinese-numerals.js';
import { MAX_MINUTES, SPEC_FIELDS, type DraftSpec, type SpecField } from './draft-spec.js';

export interface SpecLocator {
  /** 1-based line of a node; the document's first line when there is no node. */
  lineOf(node: Node | null | undefined): number;
  fail(message: string, line: number): never;
}

/** Checks a parsed spec against SPEC_FIELDS and returns it with every optional field filled. */
export function validateSpec(root: Node | null, at: SpecLocator): DraftSpec {
  if (!isMap(root)) {
    const got = root === null ? '空文件' : isSeq(root) ? '一个列表' : '一段文字';
    at.fail(`规格文件应是“字段: 值”的形式（例如 title: ${SPEC_FIELDS[0]!.example}），现在是${got}`, at.lineOf(root));
  }
  return readMap(root, SPEC_FIELDS, '', at) as unknown as DraftSpec;
}

function readMap(node: Node, fields: readonly SpecField[], path: string, at: SpecLocator): Record<string, unknown> {
  if (!isMap(node)) at.fail(`${path} 应是“字段: 值”的形式，例如 title: ${fields[0]!.example}`, at.lineOf(node));
  const out: Record<string, unknown> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const field = fields.find((f) => f.key === key);
    if (!field) {
      const known = fields.map((f) => `${f.key}（${f.label}）`).join('、');
      at.fail(`不认识的字段 ${join(path, key)}：这里可用的字段是 ${known}`, at.lineOf(pair.key as Node));
    }
    const value = pair.value as Node | null;
    if (value !== null && !(isScalar(value) && value.value === null)) {
      out[key] = readValue(value, field, join(path, key), at);
    }
  }
  return completeItem(out, fields, path, node, at);
}

/** Fails on a missing required field; fills a missing optional one with '' or []. */
function completeItem(
  out: Record<string, unknown>,
  fields: readonly SpecField[],
  path: string,
  node: Node,
  at: SpecLocator,
): Record<string, unknown> {
  for (const field of fields) {
    if (out[field.key] !== undefined) continue;
    if (field.required) at.fail(`${join(path, field.key)} 缺失：需要${field.label}，例如 ${field.key}: ${field.example}`, at.lineOf(node));
    out[field.key] = field.kind === 'text' || field.kind === 'heading' ? '' : [];
  }
  return out;
}

function readValue(node: Node, field: SpecField, path: string, at: SpecLocator): unknown {
  const line = at.lineOf(node);
  const expected = (what: string): never =>
    at.fail(`${path} 应是${what}（${field.label}），例如 ${field.key}: ${field.example}；现在是${describe(node)}`, line);
  switch (field.kind) {
    case 'text':
    case 'heading': {
      if (!isScalar(node) || typeof node.value !== 'string') return expected('一段文字');
      const trimmed = node.value.trim();
      const text = field.kind === 'heading' ? trimmed.replace(/[。；;，,、：:]+$/, '') : trimmed;
      if (!text && field.required) at.fail(`${path} 是空的：需要${field.label}，例如 ${field.key}: ${field.example}`, line);
      return text;
    }
    case 'minutes': {
      if (!isScalar(node) || typeof node.value !== 'number') return expected('一个数字');
      if (!(node.value > 0 && node.value <= MAX_MINUTES)) at.fail(`${path} 应在 1 到 ${MAX_MINUTES} 分钟之间，现在是 ${node.value}`, line);
      return node.value;
    }
    case 'notes': {
      if (isScalar(node) && typeof node.value === 'string') return [node.value.trim()].filter(Boolean);
      if (!isSeq(node)) return expected('一段文字或文字列表');
      return (node.items as Node[]).map((item, i) => readValue(item, { ...field, kind: 'text' }, `${path}[${i}]`, at));
    }
    case 'items': {
      if (!isSeq(node)) return expected('一个列表');
      if (node.items.length === 0 && field.required) at.fail(`${path} 是空列表：至少要有一项，例如 ${field.key}: ${field.example}`, line);
      if (node.items.length > MAX_CHINESE_NUMERAL) at.fail(`${path} 最多 ${MAX_CHINESE_NUMERAL} 项，现在有 ${node.items.length} 项`, line);
      return (node.items as Node[]).map((item, i) => readItem(item, field.items ?? [], `${path}[${i}]`, at));
    }
  }
}

/** An item is a map of its fields, or a plain text standing for its title (- 坚持政治引领). */
function readItem(node: Node, fields: readonly SpecField[], path: string, at: SpecLocator): Record<string, unknown> {
  const titleField = fields.find((f) => f.key === 'title');
  if (titleField && isScalar(node) && typeof node.value === 'string') {
    const title = readValue(node, titleField, join(path, 'title'), at);
    return completeItem({ title }, fields, path, node, at);
  }
  return readMap(node, fields, path, at);
}

function describe(node: Node): string {
  if (isMap(node)) return '键值';
  if (isSeq(node)) return '列表';
  if (isScalar(node)) return typeof node.value === 'string' ? `文字“${node.value}”` : typeof node.value === 'number' ? `数字 ${node.value}` : String(node.value);
  return '其他内容';
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
