/** `speechkit check` writes its report file by file; the bytes must be those of the whole-report renderers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { CheckReportStream } from '../../src/cli/check-report-stream.js';
import { renderCheckJson, renderCheckReport } from '../../src/report/render-check-report.js';
import { sourceFromText } from '../helpers/source.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const analyses = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => analyzeSource(sourceFromText(readFileSync(join(corpus, name), 'utf8'), `corpus/${name}`)));

function streamed(json: boolean, files = analyses): { text: string; errors: number } {
  let text = '';
  const stream = new CheckReportStream(json, (piece) => (text += piece));
  for (const analysis of files) stream.add(analysis);
  stream.end();
  return { text, errors: stream.errors };
}

describe('CheckReportStream', () => {
  it('writes the lines and the total of renderCheckReport, a file at a time', () => {
    const { text } = streamed(false);
    expect(text).toBe(renderCheckReport(analyses));
    expect(text.split('\n').length).toBeGreaterThan(analyses.length);
    expect(text).toMatch(/^检查了 5 个文件，问题：/m);
  });

  it('writes the JSON of renderCheckJson, which parses to one entry per file', () => {
    const { text } = streamed(true);
    expect(text).toBe(renderCheckJson(analyses));
    const parsed = JSON.parse(text) as { files: { path: string }[]; summary: Record<string, number> };
    expect(parsed.files.map((f) => f.path)).toEqual(analyses.map((a) => a.speech.normalized.source.path));
    expect(streamed(true, analyses.slice(0, 1)).text).toBe(renderCheckJson(analyses.slice(0, 1)));
  });

  it('counts the errors for the exit code, and writes nothing when no file could be checked', () => {
    const errors = analyses.flatMap((a) => a.diagnostics).filter((d) => d.severity === 'error').length;
    expect(streamed(false).errors).toBe(errors);
    expect(streamed(false, []).text).toBe('');
    expect(renderCheckJson([])).toBe(`${JSON.stringify({ files: [], summary: { error: 0, warning: 0, info: 0 } }, null, 2)}\n`);
  });
});
