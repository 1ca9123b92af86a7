/**
 * Writes the `speechkit check` report file by file, as each is analyzed, so a batch of thousands of
 * speeches is never held in memory; the bytes are those of renderCheckReport / renderCheckJson.
 */
import type { SpeechAnalysis } from '../analyze/types.js';
import type { Severity } from '../model.js';
import {
  CHECK_JSON_OPENING,
  CHECK_JSON_SEPARATOR,
  checkFileJson,
  checkFileLines,
  checkJsonClosing,
  checkTotal,
} from '../report/render-check-report.js';
import { countBySeverity } from '../report/summarize.js';

export class CheckReportStream {
  private files = 0;
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  constructor(
    private readonly json: boolean,
    private readonly write: (text: string) => void,
  ) {}

  get errors(): number {
    return this.counts.error;
  }

  add(analysis: SpeechAnalysis): void {
    if (this.json) this.write((this.files === 0 ? CHECK_JSON_OPENING : CHECK_JSON_SEPARATOR) + checkFileJson(analysis));
    else this.write(checkFileLines(analysis));
    const counts = countBySeverity(analysis.diagnostics);
    for (const severity of ['error', 'warning', 'info'] as const) this.counts[severity] += counts[severity];
    this.files++;
  }

  /** The totals; nothing when no file could be checked. */
  end(): void {
    if (this.files > 0) this.write(this.json ? checkJsonClosing(this.counts) : checkTotal(this.files, this.counts));
  }
}
