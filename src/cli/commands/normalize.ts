import { Chalk, type ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import type { Metadata, Script } from '../../model.js';
import type { LocatedSpan, NormalizedReport } from '../../normalize/describe-normalized.js';
import { forEachInput } from '../batch.js';
import type { CommandContext } from '../main.js';

interface NormalizeFlags {
  repair?: boolean;
  showRemoved?: boolean;
  json?: boolean;
}

const METADATA_LABELS: Readonly<Record<keyof Metadata, string>> = {
  title: '标题', date: '日期', author: '供稿/发布单位', source: '来源', speaker: '讲话人', meeting: '会议',
};
const SCRIPT_LABELS: Readonly<Record<Script, string>> = { simplified: '简体', traditional: '繁体（已转为简体）', mixed: '简繁混杂（已转为简体）' };

/** Longest quotation of removed text on one report line. */
const QUOTE_LENGTH = 60;

export function registerNormalize(program: Command, context: CommandContext): void {
  program
    .command('normalize')
    .description('清理网页杂质、繁转简、统一标点和空格，输出干净的讲话正文；疑似伪原创替换词提示在标准错误输出')
    .argument('<文件或目录...>', '讲话稿文件（.txt .docx .md .html）或目录')
    .option('--repair', '把“伪原创”替换词改回原词（如 效劳→服务）')
    .option('--show-removed', '不输出正文，改为列出提取的标题、日期等信息和删除的网页杂质（位置、原因、原文）')
    .option('--json', '输出 JSON（正文、元信息、删除内容、诊断，均带行列号）')
    .action(async (paths: string[], flags: NormalizeFlags) => {
      // Loaded on use, so other commands (and --help) do not pay for reading and normalizing.
      const [{ readSource }, { describeNormalized }, { normalizeDocument }] = await Promise.all([
        import('../../io/read-source.js'),
        import('../../normalize/describe-normalized.js'),
        import('../../normalize/normalize-document.js'),
      ]);
      const reports = await forEachInput(paths, context, async (path) =>
        describeNormalized(normalizeDocument(await readSource(path), { repair: flags.repair })),
      );
      for (const report of reports) {
        for (const w of report.warnings) context.io.stderr(`警告：${where(report.file, w.span)}: ${w.message}\n`);
      }
      if (flags.json) {
        const value = reports.length === 1 ? reports[0] : { documents: reports };
        if (reports.length > 0) context.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
        return;
      }
      const paint = new Chalk({ level: context.io.color ? 1 : 0 });
      for (const report of reports) {
        if (reports.length > 1) context.io.stdout(`${paint.bold(`==> ${report.file} <==`)}\n`);
        context.io.stdout(flags.showRemoved ? removedListing(report, paint) : `${report.text}\n`);
        context.io.stderr(substitutionNotes(report, Boolean(flags.repair), paint));
      }
    });
}

const where = (file: string, span: LocatedSpan): string => `${file}:${span.line}:${span.column}`;

const quote = (raw: string): string => {
  const flat = raw.replace(/\s+/g, ' ');
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH)}…` : flat;
};

/** Metadata, then one line per removed span: `file:line:col  原因  原文`. */
function removedListing(report: NormalizedReport, paint: ChalkInstance): string {
  const lines: string[] = [`文字：${SCRIPT_LABELS[report.script]}`];
  for (const [key, label] of Object.entries(METADATA_LABELS) as [keyof Metadata, string][]) {
    const value = report.metadata[key];
    if (value !== undefined) lines.push(`${label}：${value}`);
  }
  lines.push(report.removed.length === 0 ? '没有删除任何内容。' : `删除 ${report.removed.length} 处：`);
  for (const r of report.removed) lines.push(`${paint.dim(where(report.file, r.span))}  ${paint.yellow(r.reason)}  ${quote(r.raw)}`);
  return `${lines.join('\n')}\n`;
}

/** The substituted words found (or repaired), one per line, and what to do about them. */
function substitutionNotes(report: NormalizedReport, repaired: boolean, paint: ChalkInstance): string {
  const found = report.diagnostics.filter((d) => d.ruleId.startsWith('substitution/'));
  if (found.length === 0) return '';
  const lines = found.map((d) => `${paint.dim(where(report.file, d.span))}  ${paint.yellow(d.severity)}  ${d.message}  ${paint.dim(d.ruleId)}`);
  lines.push(repaired ? `已改回 ${found.length} 处伪原创替换词。` : `发现 ${found.length} 处疑似伪原创替换词，加 --repair 可改回原词。`);
  return `${lines.join('\n')}\n`;
}
