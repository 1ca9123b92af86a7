import type { OutlineItem, SpeechAnalysis } from '../analyze/types.js';
import { analysisDigest, buildCorpusView } from '../analyze/corpus-view.js';
import { describeHidden, limitDiagnostics } from './limit-diagnostics.js';
import { unmarkedLabel } from './outline-marker.js';
import { renderExtrasMarkdown } from './render-analysis-extras.js';
import { renderCorpusFormulationsMarkdown } from './render-corpus-formulations.js';
import { positionOf } from './positions.js';
import { countBySeverity, describeCounts, SEVERITY_NAMES, summarize, type AnalysisSummary } from './summarize.js';

/** The Markdown report: the same content as the terminal report, for pasting into notes or issues. */
export function renderMarkdownReport(analyses: readonly SpeechAnalysis[]): string {
  const parts = analyses.map(renderMarkdownDocument);
  if (analyses.length > 1) {
    parts.push(renderCorpusFormulationsMarkdown(buildCorpusView(analyses.map(analysisDigest)), analyses.length));
    parts.push(renderMarkdownSummary(summarize(analyses)));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The totals closing a report of several files. */
export function renderMarkdownSummary(s: AnalysisSummary): string {
  return [
    '## 汇总',
    '',
    `- 篇数：${s.documents}`,
    `- 提纲标题：${s.headings} 个`,
    `- 宣布的数目：${s.announced} 处，与后文不符 ${s.mismatched} 处`,
    `- 问题：${describeCounts(s.diagnostics)}`,
  ].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One file's section of the report (the batch streams these as files complete). */
export function renderMarkdownDocument(analysis: SpeechAnalysis): string {
  const { source, metadata } = analysis.speech.normalized;
  const line = (item: { span: OutlineItem['span'] }) => positionOf(source, item.span).line;
  const lines = [`## ${analysis.title ?? source.path}`, '', `- 文件：\`${source.path}\``];
  if (metadata.date) lines.push(`- 日期：${metadata.date}`);
  if (metadata.author) lines.push(`- 作者：${metadata.author}`);
  lines.push('', '### 提纲', '');
  if (analysis.outline.length === 0) lines.push('（未找到标题）');
  const walk = (items: readonly OutlineItem[], depth: number): void => {
    for (const item of items) {
      const marker = item.implicit ? unmarkedLabel(item) : item.marker;
      lines.push(`${'  '.repeat(depth)}- ${marker}${item.text}（第 ${line(item)} 行）`);
      walk(item.children, depth + 1);
    }
  };
  walk(analysis.outline, 0);
  lines.push('', '### 宣布的数目', '');
  if (analysis.announced.length === 0) lines.push('（无）');
  else {
    lines.push('| | 原文 | 宣布 | 实有 | 行 |', '| --- | --- | --- | --- | --- |');
    for (const a of analysis.announced) {
      lines.push(`| ${a.ok ? '✓' : '✗'} | ${cell(a.phrase)} | ${a.count ?? '几'} | ${a.found} | ${line(a)} |`);
    }
  }
  lines.push(...renderExtrasMarkdown(analysis));
  lines.push('', `### 问题（${describeCounts(countBySeverity(analysis.diagnostics))}）`, '');
  if (analysis.diagnostics.length > 0) {
    lines.push('| 位置 | 级别 | 说明 | 规则 |', '| --- | --- | --- | --- |');
    const { shown, hidden } = limitDiagnostics(analysis.diagnostics);
    for (const d of shown) {
      const { line: l, column } = positionOf(source, d.span);
      lines.push(`| ${l}:${column} | ${SEVERITY_NAMES[d.severity]} | ${cell(d.message)} | \`${d.ruleId}\` |`);
    }
    if (hidden.size > 0) lines.push('', ...describeHidden(hidden));
  }
  return lines.join('\n');
}
