import type { SourceDocument } from '../model.js';
import { LineIndex } from '../text/line-index.js';
import type { CliIo } from './cli-io.js';

/**
 * Problems met while reading a file that did not stop it (bytes that did not decode, no text at
 * all), one line each on stderr, for commands whose output has no place for them (a draft).
 */
export function printReadWarnings(source: SourceDocument, io: CliIo): void {
  if (!source.warnings?.length) return;
  const lines = new LineIndex(source.original);
  for (const warning of source.warnings) {
    const { line, column } = lines.locate(warning.span.start);
    io.stderr(`警告：${source.path}:${line}:${column}: ${warning.message}\n`);
  }
}
