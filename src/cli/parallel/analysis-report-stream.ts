/**
 * Writes the analyze report piece by piece, as each file's part arrives in order, so a batch of
 * thousands of speeches is never held in memory. The output is byte for byte what the whole-report
 * renderers (renderJsonReport, renderTextReport, renderMarkdownReport) give for the same files.
 */
import { buildCorpusView, type CorpusFormulation, type DocumentDigest } from '../../analyze/corpus-view.js';
import { renderCorpusFormulationsMarkdown, renderCorpusFormulationsText } from '../../report/render-corpus-formulations.js';
import { renderMarkdownSummary } from '../../report/render-markdown-report.js';
import { renderTextSummary } from '../../report/render-text-report.js';
import { mergeSummaries, type AnalysisSummary } from '../../report/summarize.js';
import type { AnalyzedFile, AnalyzeTaskOptions } from './analyze-task.js';

export class AnalysisReportStream {
  private documents = 0;
  private summary: AnalysisSummary | undefined;
  /** Each file's formulations (a DocumentDigest as JSON, small), for the cross-document table at the end. */
  private readonly digests: string[] = [];

  constructor(
    private readonly options: Pick<AnalyzeTaskOptions, 'format' | 'asBatch' | 'color'>,
    private readonly write: (text: string) => void,
  ) {}

  add(file: AnalyzedFile): void {
    const batchJson = this.options.format === 'json' && this.options.asBatch;
    if (this.documents > 0) this.write(batchJson ? ',\n    ' : '\n\n');
    else if (batchJson) this.write('{\n  "documents": [\n    ');
    this.write(file.rendered);
    this.summary = this.summary ? mergeSummaries(this.summary, file.summary) : file.summary;
    this.digests.push(file.digest);
    this.documents++;
  }

  /** Closes the report: the totals of a batch, and the final line end. Nothing when no file worked. */
  end(): void {
    const summary = this.summary;
    if (!summary) return;
    const { format, asBatch, color } = this.options;
    if (format === 'json') {
      const nested = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
      const formulations = nested(this.corpusView());
      this.write(asBatch ? `\n  ],\n  "formulations": ${formulations},\n  "summary": ${nested(summary)}\n}\n` : '\n');
      return;
    }
    if (this.documents > 1) {
      const view = this.corpusView();
      const corpus = format === 'md' ? renderCorpusFormulationsMarkdown(view, this.documents) : renderCorpusFormulationsText(view, this.documents, { color });
      this.write(`\n\n${corpus}\n\n${format === 'md' ? renderMarkdownSummary(summary) : renderTextSummary(summary, { color })}`);
    }
    this.write('\n');
  }

  private corpusView(): CorpusFormulation[] {
    return buildCorpusView(this.digests.map((digest) => JSON.parse(digest) as DocumentDigest));
  }
}
