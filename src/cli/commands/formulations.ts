import type { Command } from 'commander';
import type { DocumentDigest } from '../../analyze/corpus-view.js';
import type { OtherNumberedTerm } from '../../analyze/formulations/types.js';
import { forEachInput } from '../batch.js';
import type { CommandContext } from '../main.js';
import { printReadWarnings } from '../read-warnings.js';

interface FormulationsFlags {
  json?: boolean;
  md?: boolean;
  others?: boolean;
}

const KIND_NAMES: Readonly<Record<OtherNumberedTerm['kind'], string>> = {
  quantity: '数量',
  period: '时期',
  ordinal: '届次序数',
  date: '日期',
  grade: '等级',
  idiom: '成语惯用语',
  distributive: '分配式口号',
  discourse: '条目计数',
};

function renderOthers(files: readonly { path: string; others: readonly OtherNumberedTerm[] }[]): string {
  const lines = ['', '不算数字提法的带数字词语'];
  for (const { path, others } of files) {
    for (const t of others) lines.push(`  ${t.term}  〔${KIND_NAMES[t.kind]}〕${t.reason}  ${path}:${t.occurrences.map((o) => o.line).join(',')}`);
  }
  return lines.join('\n');
}

export function registerFormulations(program: Command, context: CommandContext): void {
  program
    .command('formulations')
    .description('列出数字提法（五量、四个融合、两在两同、1+N…）：提法、数目、成员原话、出处（文件:行）、次数；多篇讲话合并对照')
    .argument('<文件或目录...>', '讲话稿文件（.txt .docx .md .html）或目录')
    .option('--json', '输出 JSON')
    .option('--md', '输出 Markdown 表格')
    .option('--others', '同时列出不算提法的带数字词语（数量、届次、日期、成语等）及原因')
    .action(async (paths: string[], flags: FormulationsFlags) => {
      // Loaded on use: `speechkit --help` does not need the analysis.
      const [{ analyzeSource }, { buildCorpusView, digestOf }, { readSource }, { renderCorpusFormulationsMarkdown, renderCorpusFormulationsText }] =
        await Promise.all([
          import('../../analyze/analyze-speech.js'),
          import('../../analyze/corpus-view.js'),
          import('../../io/read-source.js'),
          import('../../report/render-corpus-formulations.js'),
        ]);
      // Each file's part is kept as JSON text until the end: a fraction of the objects' memory, and no
      // term (a slice of its speech) keeps the whole speech alive while the batch goes on.
      const kept = await forEachInput(paths, context, async (path) => {
        const source = await readSource(path);
        printReadWarnings(source, context.io);
        const analysis = analyzeSource(source);
        return {
          digest: JSON.stringify(digestOf(path, analysis.formulations, analysis.stats.parallelRuns)),
          others: flags.others ? JSON.stringify(analysis.numberedTerms) : '[]',
        };
      });
      if (kept.length === 0) return;
      const files = kept.map((f) => {
        const digest = JSON.parse(f.digest) as DocumentDigest;
        return { path: digest.path, digest, others: JSON.parse(f.others) as OtherNumberedTerm[] };
      });
      const view = buildCorpusView(files.map((f) => f.digest));
      if (flags.json) {
        const others = flags.others ? { others: files.map((f) => ({ path: f.path, terms: f.others })) } : {};
        context.io.stdout(`${JSON.stringify({ documents: files.length, formulations: view, ...others }, null, 2)}\n`);
        return;
      }
      const table = flags.md
        ? renderCorpusFormulationsMarkdown(view, files.length)
        : renderCorpusFormulationsText(view, files.length, { color: context.io.color });
      context.io.stdout(`${table}${flags.others ? renderOthers(files) : ''}\n`);
    });
}
