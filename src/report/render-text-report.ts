import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../model.js';
import type { Announcement, OutlineItem, SpeechAnalysis } from '../analyze/types.js';
import { analysisDigest, buildCorpusView } from '../analyze/corpus-view.js';
import { describeHidden, limitDiagnostics } from './limit-diagnostics.js';
import { unmarkedLabel } from './outline-marker.js';
import { renderExtrasText } from './render-analysis-extras.js';
import { renderCorpusFormulationsText } from './render-corpus-formulations.js';
import { positionOf } from './positions.js';
import { countBySeverity, describeCounts, SEVERITY_NAMES, summarize, type AnalysisSummary } from './summarize.js';

export interface TextReportOptions {
  /** Colour the report (CliIo.color: a terminal, NO_COLOR unset). */
  readonly color: boolean;
}

/** The terminal report: per file its title, metadata, outline tree, announced counts and problems; then totals. */
export function renderTextReport(analyses: readonly SpeechAnalysis[], options: TextReportOptions): string {
  const sections = analyses.map((a) => renderTextDocument(a, options));
  if (analyses.length > 1) {
    sections.push(renderCorpusFormulationsText(buildCorpusView(analyses.map(analysisDigest)), analyses.length, options));
    sections.push(renderTextSummary(summarize(analyses), options));
  }
  return `${sections.join('\n\n')}\n`;
}

/** The totals closing a report of several files. */
export function renderTextSummary(s: AnalysisSummary, options: TextReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  return [
    c.bold(`汇总：共 ${s.documents} 篇`),
    `  提纲标题 ${s.headings} 个；宣布的数目 ${s.announced} 处，与后文不符 ${s.mismatched} 处`,
    `  问题：${describeCounts(s.diagnostics)}`,
  ].join('\n');
}

/** One file's section of the report (the batch streams these as files complete). */
export function renderTextDocument(analysis: SpeechAnalysis, options: TextReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { source, metadata, script } = analysis.speech.normalized;
  const line = (span: Diagnostic['span']) => positionOf(source, span).line;
  const lines: string[] = [c.bold(`【${source.path}】`), `标题：${analysis.title ?? '（未识别）'}`];
  const facts = [
    metadata.date && `日期 ${metadata.date}`,
    metadata.author && `作者 ${metadata.author}`,
    metadata.source && `来源 ${metadata.source}`,
    `编码 ${source.encoding}`,
    script === 'traditional' ? '繁体' : script === 'mixed' ? '繁简混用' : '简体',
  ].filter(Boolean);
  lines.push(`信息：${facts.join(' · ')}`, '');

  lines.push(c.bold('提纲'));
  if (analysis.outline.length === 0) lines.push('  （未找到标题）');
  const walk = (items: readonly OutlineItem[], depth: number): void => {
    for (const item of items) {
      const marker = item.implicit ? c.dim(unmarkedLabel(item)) : c.cyan(item.marker);
      lines.push(`${'  '.repeat(depth)}${marker}${item.text}  ${c.dim(`第 ${line(item.span)} 行`)}`);
      walk(item.children, depth + 1);
    }
  };
  walk(analysis.outline, 1);

  lines.push('', c.bold('宣布的数目'));
  if (analysis.announced.length === 0) lines.push('  （无）');
  for (const a of analysis.announced) lines.push(`  ${describeAnnouncement(a, c)}  ${c.dim(`第 ${line(a.span)} 行`)}`);

  lines.push(...renderExtrasText(analysis, c));
  lines.push('', c.bold(`问题（${describeCounts(countBySeverity(analysis.diagnostics))}）`));
  const { shown, hidden } = limitDiagnostics(analysis.diagnostics);
  for (const d of shown) {
    const { line: l, column } = positionOf(source, d.span);
    lines.push(`  ${l}:${column}  ${paint(c, d.severity)(SEVERITY_NAMES[d.severity])}  ${d.message}  ${c.dim(d.ruleId)}`);
  }
  for (const note of describeHidden(hidden)) lines.push(`  ${c.dim(note)}`);
  return lines.join('\n');
}

function describeAnnouncement(a: Announcement, c: ChalkInstance): string {
  const mark = a.ok ? c.green('✓') : c.red('✗');
  const count = a.count === null ? '几项' : `${a.count} 项`;
  const found = a.found === 0 ? '后文未找到' : `实有 ${a.found} 项`;
  const scope = a.scope === 'inline' ? '句内列举' : '后文展开';
  return `${mark} ${a.phrase}：宣布 ${count}，${found}（${scope}）`;
}

const paint = (c: ChalkInstance, severity: Severity): ChalkInstance =>
  severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
