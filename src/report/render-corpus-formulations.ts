/**
 * The formulations of several speeches as a table: term, n, how often, where used (file:line) and
 * the members each speech gives; lists that spell a term out without naming it follow with ≈.
 */
import { Chalk } from 'chalk';
import type { CorpusFormulation } from '../analyze/corpus-view.js';
import { describeMembers, joinMembers } from './formulation-labels.js';
import { displayWidth, padTo } from './text-width.js';

const place = (path: string, lines: readonly number[]): string => `${path}:${lines.join(',')}`;

export function renderCorpusFormulationsText(view: readonly CorpusFormulation[], documents: number, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const title = c.bold(`数字提法：${documents} 篇讲话，${view.length} 个提法`);
  if (view.length === 0) return `${title}\n  （未找到）`;
  const rows: string[][] = [['提法', '数', '次数', '出处', '成员']];
  for (const f of view) {
    f.documents.forEach((d, i) => {
      const head = i === 0 ? [f.term, f.n === null ? 'N' : String(f.n), String(f.count)] : ['', '', ''];
      rows.push([...head, place(d.path, d.lines), describeMembers(d.members, d.strategy, f.standardMembers)]);
    });
    for (const u of f.unnamed) rows.push(['', '', '', `${u.path}:${u.line}`, `≈ 未点名的同类列举：${joinMembers(u.items)}`]);
  }
  const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((r) => displayWidth(r[col]!))));
  const lines = rows.map((r, i) => {
    const text = [...widths.map((w, col) => padTo(r[col]!, w)), r[4]!].join('  ').trimEnd();
    return i === 0 ? c.dim(`  ${text}`) : `  ${text}`;
  });
  return [title, ...lines].join('\n');
}

export function renderCorpusFormulationsMarkdown(view: readonly CorpusFormulation[], documents: number): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [`## 数字提法（${documents} 篇讲话，${view.length} 个）`, '', '| 提法 | 数 | 次数 | 出处 | 成员 |', '| --- | --- | --- | --- | --- |'];
  for (const f of view) {
    f.documents.forEach((d, i) => {
      const head = i === 0 ? [f.term, f.n === null ? 'N' : String(f.n), String(f.count)] : ['', '', ''];
      lines.push(`| ${[...head, place(d.path, d.lines), describeMembers(d.members, d.strategy, f.standardMembers)].map(cell).join(' | ')} |`);
    });
    for (const u of f.unnamed) lines.push(`|  |  |  | ${cell(`${u.path}:${u.line}`)} | ≈ 未点名的同类列举：${cell(joinMembers(u.items))} |`);
  }
  return lines.join('\n');
}
