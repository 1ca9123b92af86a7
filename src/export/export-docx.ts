import { analyzeSource } from '../analyze/analyze-speech.js';
import type { SourceDocument } from '../model.js';
import { documentFromSpeech } from './document-from-speech.js';
import type { ExportResult } from './export-document.js';
import { readDraftMarkdown } from './read-draft-markdown.js';
import { writeDocx, type DocxOptions } from './docx/write-docx.js';

export interface ExportedDocx {
  readonly bytes: Uint8Array;
  readonly result: ExportResult;
}

/**
 * The export pipeline (mammoth's shape: reader → document model → writer): a draft in Markdown is
 * read as such; any other speech goes through cleaning, normalization, parsing and the outline
 * analysis. Then the model is written as .docx bytes. No file is touched here.
 */
export async function exportDocx(source: SourceDocument, options: DocxOptions): Promise<ExportedDocx> {
  const result = source.format === 'md' ? readDraftMarkdown(source) : readSpeech(source);
  return { result, bytes: await writeDocx(result.document, options) };
}

function readSpeech(source: SourceDocument): ExportResult {
  const { speech, outline } = analyzeSource(source);
  return documentFromSpeech(speech, outline);
}
