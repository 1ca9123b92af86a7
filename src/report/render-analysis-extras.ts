/**
 * The parts of one speech's report that issue 4 adds: numbered formulations with their members,
 * length and speaking time, parallel runs (排比) and, when computed, keywords. Text and Markdown.
 */
import type { ChalkInstance } from 'chalk';
import type { SpeechAnalysis } from '../analyze/types.js';
import { describeMembers } from './formulation-labels.js';

const lineList = (lines: readonly number[]): string => [...new Set(lines)].join('、');

function lengthLine(analysis: SpeechAnalysis): string {
  const l = analysis.stats.length;
  return `${l.characters} 字 · ${l.paragraphs} 段 · ${l.sentences} 句 · 平均句长 ${l.averageSentenceLength} 字 · 约 ${l.pages} 页（每页 616 字）· 讲完约 ${l.speakingMinutes} 分钟（每分钟 ${l.rate} 字）`;
}

function fourCharacterLine(analysis: SpeechAnalysis): string {
  const f = analysis.stats.fourCharacter;
  const common = f.common.slice(0, 5).map((p) => `${p.phrase}×${p.count}`).join('、');
  return `四字短语占 ${(f.share * 100).toFixed(1)}%（${f.phrases}/${f.clauses} 个分句）${common ? `：${common}` : ''}`;
}

const runText = (run: SpeechAnalysis['stats']['parallelRuns'][number]): string =>
  `${run.items.join(run.form === 'compact' ? '' : '、')}（共同${run.position === 'lead' ? '词首' : '词尾'}“${run.shared}”）`;

export function renderExtrasText(analysis: SpeechAnalysis, c: ChalkInstance): string[] {
  const lines = ['', c.bold('数字提法')];
  if (analysis.formulations.length === 0) lines.push('  （无）');
  for (const f of analysis.formulations) {
    const where = c.dim(`第 ${lineList(f.occurrences.map((o) => o.line))} 行`);
    lines.push(`  ${c.cyan(f.term)}（${f.n ?? 'N'}）  ${where}  ${describeMembers(f.members, f.strategy, f.standardMembers)}`);
  }
  if (analysis.numberedTerms.length > 0) {
    lines.push(c.dim(`  另有 ${analysis.numberedTerms.length} 个带数字的词语不算提法（数量、届次、日期、成语等），用 speechkit formulations --others 查看`));
  }
  lines.push('', c.bold('篇幅'), `  ${lengthLine(analysis)}`, `  ${fourCharacterLine(analysis)}`);
  lines.push('', c.bold('排比'));
  if (analysis.stats.parallelRuns.length === 0) lines.push('  （无）');
  for (const run of analysis.stats.parallelRuns) lines.push(`  ${runText(run)}  ${c.dim(`第 ${run.place.line} 行`)}`);
  if (analysis.keywords) lines.push('', c.bold('关键词'), `  ${analysis.keywords.map((k) => k.word).join('  ')}`);
  return lines;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderExtrasMarkdown(analysis: SpeechAnalysis): string[] {
  const lines = ['', '### 数字提法', ''];
  if (analysis.formulations.length === 0) lines.push('（无）');
  else {
    lines.push('| 提法 | 数 | 行 | 成员 |', '| --- | --- | --- | --- |');
    for (const f of analysis.formulations) {
      lines.push(`| ${cell(f.term)} | ${f.n ?? 'N'} | ${lineList(f.occurrences.map((o) => o.line))} | ${cell(describeMembers(f.members, f.strategy, f.standardMembers))} |`);
    }
  }
  lines.push('', '### 篇幅', '', `- ${lengthLine(analysis)}`, `- ${fourCharacterLine(analysis)}`, '', '### 排比', '');
  if (analysis.stats.parallelRuns.length === 0) lines.push('（无）');
  for (const run of analysis.stats.parallelRuns) lines.push(`- ${runText(run)}（第 ${run.place.line} 行）`);
  if (analysis.keywords) lines.push('', '### 关键词', '', analysis.keywords.map((k) => k.word).join('、'));
  return lines;
}

