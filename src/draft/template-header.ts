import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { TemplateError } from '../errors.js';
import type { BudgetPart } from './length-budget.js';
import { describeYamlError } from './yaml-errors.js';

/** A template file as read: its name (file name without .hbs) and text. */
export interface TemplateSource {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly origin: 'builtin' | 'user';
  /** An example spec shipped beside it (examples/NAME.yaml), if any. */
  readonly example?: string;
}

/** What a template says about itself in its header comment. */
export interface TemplateInfo {
  readonly name: string;
  readonly path: string;
  readonly origin: 'builtin' | 'user';
  readonly example?: string;
  /** The meeting type in Chinese (工作会议). */
  readonly label: string;
  /** One line for `speechkit templates`. */
  readonly description: string;
  /** The parts the length budget is split across; the part with id `points` is shared by the points. */
  readonly parts: readonly BudgetPart[];
}

/** The id of the part that the spec's points share. */
export const POINTS_PART = 'points';

/** Parts of a template that does not declare its own. */
const DEFAULT_PARTS: readonly BudgetPart[] = [
  { id: 'opening', label: '开场', share: 0.1 },
  { id: POINTS_PART, label: '正文各点', share: 0.8 },
  { id: 'close', label: '结束语', share: 0.1 },
];

/**
 * Reads the header of a template: a Handlebars comment at the very top holding YAML
 * ({{!-- label: 工作会议 / description: … / parts: […] --}}). The comment renders to nothing, so
 * line numbers in errors are those of the file. A template without a header gets defaults.
 */
export function readTemplateHeader(source: TemplateSource): TemplateInfo {
  const { name, path, origin, example } = source;
  const base = { name, path, origin, ...(example === undefined ? {} : { example }) };
  const match = /^\s*\{\{!--([\s\S]*?)--\}\}/.exec(source.text);
  if (!match) return { ...base, label: source.name, description: '（模板未写说明）', parts: DEFAULT_PARTS };
  const lineCounter = new LineCounter();
  const headerStart = match.index + match[0].indexOf('--') + 2;
  const doc = parseDocument(match[1]!, { lineCounter, schema: 'core', prettyErrors: false });
  const lineOf = (offset: number): number =>
    source.text.slice(0, headerStart).split('\n').length + lineCounter.linePos(offset).line - 1;
  const fail = (message: string, offset = 0): never => {
    throw new TemplateError(`模板说明块有误：${message}`, source.path, lineOf(offset));
  };
  if (doc.errors[0]) fail(`YAML 语法错误：${describeYamlError(doc.errors[0])}`, doc.errors[0].pos[0]);
  const header = doc.toJS() as { label?: unknown; description?: unknown; parts?: unknown } | null;
  if (header === null || typeof header !== 'object') return fail('应是“字段: 值”的形式，例如 label: 工作会议');
  const offsetOf = (key: string): number => {
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    return (pair?.key as Node | undefined)?.range?.[0] ?? 0;
  };
  const label = header.label ?? source.name;
  const description = header.description ?? '（模板未写说明）';
  if (typeof label !== 'string') return fail('label 应是一行文字', offsetOf('label'));
  if (typeof description !== 'string') return fail('description 应是一行文字', offsetOf('description'));
  const parts = header.parts === undefined ? DEFAULT_PARTS : readParts(header.parts, (m) => fail(m, offsetOf('parts')));
  return { ...base, label, description, parts };
}

function readParts(value: unknown, fail: (message: string) => never): BudgetPart[] {
  const example = '例如 - { id: opening, label: 开场, share: 0.1 }';
  if (!Array.isArray(value) || value.length === 0) return fail(`parts 应是一个列表，${example}`);
  const parts = value.map((p: Partial<BudgetPart>) => {
    if (typeof p?.id !== 'string' || typeof p.label !== 'string' || typeof p.share !== 'number' || p.share <= 0) {
      return fail(`parts 的每一项要有 id、label 和大于 0 的 share，${example}`);
    }
    return { id: p.id, label: p.label, share: p.share };
  });
  if (!parts.some((p) => p.id === POINTS_PART)) fail(`parts 中要有 id 为 ${POINTS_PART} 的一项（各点正文分享的篇幅）`);
  const sum = parts.reduce((a, p) => a + p.share, 0);
  if (Math.abs(sum - 1) > 0.005) fail(`parts 的 share 加起来应为 1，现在是 ${Number(sum.toFixed(3))}`);
  return parts;
}
